#include "reports/OtopStory.h"
#include "reports/PlanStory.h"
#include "reports/ReportStory.h"

#include "base/Error.h"
#include "cbmc/CanvasRepository.h"
#include "report/ReportPdf.h"
#include "thai/ThaiDateParse.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace thanrak;
using namespace thanrak::test;

namespace {
ReportDocument buildPlanReport(Database& db, const char* name, const QString& planId,
                               const QString& versionId = {}) {
    ReportRequest request;
    request.planId = planId;
    request.versionId = versionId;
    request.to = day("2026-03-31");
    request.today = day("2026-12-01");
    return buildReport(db, *findReport(QString::fromLatin1(name)), request);
}

int pagesOf(const ReportDocument& document) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    return renderReport(document, writer);
}

// Every word pdftotext finds lies inside the page's margins (A4 landscape,
// 15 mm left, 12 mm top and right, 10 mm bottom). A word's box is its font's
// ascent to descent, which for the Thai font reaches past the ink: three
// points of slack.
void checkWordsInsideMargins(const ReportDocument& document) {
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("canvas.pdf"));
    saveReport(document, pdf);
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-bbox"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                     QStringLiteral("-")});
    REQUIRE(pdftotext.waitForFinished(30000));
    const QString html = QString::fromUtf8(pdftotext.readAllStandardOutput());
    const auto pt = [](double millimetres) { return millimetres * 72 / 25.4; };
    const QRegularExpression word(QStringLiteral(
        "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\""));
    int words = 0;
    for (const QRegularExpressionMatch& m : word.globalMatch(html)) {
        ++words;
        INFO(m.captured(0).toStdString());
        CHECK(m.captured(1).toDouble() >= pt(15) - 3);
        CHECK(m.captured(2).toDouble() >= pt(12) - 3);
        CHECK(m.captured(3).toDouble() <= pt(297 - 12) + 3);
        CHECK(m.captured(4).toDouble() <= pt(210 - 10) + 3);
    }
    CHECK(words > 50);
}
}  // namespace

TEST_CASE("the canvas of a plan fits one landscape page with its totals under the grid") {
    ReportStory s;
    const PlanStory plan = addPlanStory(s, s.group.id);
    const ReportDocument canvas = buildPlanReport(s.db(), "business-canvas", plan.planId);
    CHECK(canvas.landscape);
    CHECK(canvas.header.period ==
          QStringLiteral("กล้วยตากโนนสูงสู่ตลาดของฝาก ฉบับที่ 2 ลงวันที่ 1 มีนาคม 2569"));
    CHECK(pagesOf(canvas) == 1);
    checkWordsInsideMargins(canvas);
    const QStringList csv = csvLines(canvas);
    CHECK(csv.contains(QStringLiteral("5 ที่มาของรายได้,2,ส่งร้านของฝากในตัวจังหวัด,12500.50")));
    CHECK(csv.contains(QStringLiteral("9 ค่าใช้จ่ายที่จำเป็น,1,ซื้อกล้วยน้ำว้าจากสวนสมาชิก,9000.00")));
    CHECK(csv.contains(QStringLiteral("รายได้ที่คาดไว้,48500.50")));
    CHECK(csv.contains(QStringLiteral("ค่าใช้จ่ายที่คาดไว้,13250.25")));
    CHECK(csv.contains(QStringLiteral("กำไรที่คาดไว้,35250.25")));
    const QString text = QString::fromUtf8(pdfText(canvas));
    CHECK(text.contains(QStringLiteral("35,250.25")));
}

TEST_CASE("cards a box cannot hold go on to a second page under the box's name") {
    ReportStory s;
    const PlanStory plan = addPlanStory(s, s.group.id);
    const auto addLongCards = [&](int from, int to) {
        for (int i = from; i <= to; ++i) {
            CanvasItem item;
            item.versionId = plan.version2;
            item.block = CanvasBlock::KeyActivities;
            item.text = longCardText(i);
            CanvasRepository(s.db()).add(item);
        }
    };
    addLongCards(1, 20);
    ReportDocument canvas = buildPlanReport(s.db(), "business-canvas", plan.planId);
    CHECK(pagesOf(canvas) == 2);
    checkWordsInsideMargins(canvas);
    // pdftotext drops some Thai tone marks, so the words checked have none.
    const QStringList pages = QString::fromUtf8(pdfText(canvas)).split(QLatin1Char('\f'));
    REQUIRE(pages.size() >= 2);
    CHECK(pages[1].contains(QStringLiteral("6 กิจกรรมที่")));
    CHECK(pages[1].contains(QStringLiteral("กิจกรรมที่ 20 ประชุมสมาชิก")));
    CHECK_FALSE(pages[0].contains(QStringLiteral("กิจกรรมที่ 20 ประชุมสมาชิก")));
    CHECK(csvLines(canvas).filter(QStringLiteral("6 กิจกรรมที่สำคัญ,")).size() == 22);
    // Forty go on past the second page as a table, its titles repeated.
    addLongCards(21, 40);
    canvas = buildPlanReport(s.db(), "business-canvas", plan.planId);
    CHECK(pagesOf(canvas) == 3);
    checkWordsInsideMargins(canvas);
}

TEST_CASE(
    "an earlier version can be printed; a missing plan or another plan's version is refused") {
    ReportStory s;
    const PlanStory plan = addPlanStory(s, s.group.id);
    const ReportDocument first =
        buildPlanReport(s.db(), "business-canvas", plan.planId, plan.version1);
    CHECK(first.header.period.contains(QStringLiteral("ฉบับที่ 1 ลงวันที่ 15 มกราคม 2569")));
    CHECK(csvLines(first).contains(QStringLiteral("กำไรที่คาดไว้,30000.00")));
    try {
        buildPlanReport(s.db(), "business-plan", QString());
        FAIL("no plan");
    } catch (const Error& e) {
        CHECK(e.code() == QStringLiteral("report.request"));
        CHECK(e.message().contains(QStringLiteral("ต้องเลือกแผนธุรกิจชุมชนก่อน")));
    }
    const PlanStory other = addPlanStory(s, s.group.id);
    try {
        buildPlanReport(s.db(), "business-canvas", plan.planId, other.version1);
        FAIL("another plan's version");
    } catch (const Error& e) {
        CHECK(e.message().contains(QStringLiteral("ไม่พบฉบับที่เลือกของแผน")));
    }
}

TEST_CASE("the plan document puts the year's sales and books beside what the plan expects") {
    ReportStory s;
    const OtopStory otop = addOtopStory(s);
    const PlanStory plan = addPlanStory(s, s.group.id, {otop.banana});
    const QStringList csv = csvLines(buildPlanReport(s.db(), "business-plan", plan.planId));
    CHECK(csv.contains(QStringLiteral("6.1,ผลิตกล้วยตากสัปดาห์ละสองครั้ง,\"1.1, 9.1, 9.2\"")));
    CHECK(csv.contains(QStringLiteral("ผลิตภัณฑ์,กล้วยตากโนนสูง")));
    CHECK(csv.filter(QStringLiteral("รายได้,48500.50,31500.00,")).size() == 1);
    CHECK(csv.filter(QStringLiteral("กำไร,35250.25,")).size() == 1);
}
