#include "reports/OtopStory.h"
#include "reports/PlanStory.h"
#include "reports/ReportStory.h"

#include "fund/GradeRepository.h"
#include "report/ReportCsv.h"
#include "report/ReportPdf.h"
#include "support/FundFixture.h"
#include "thai/ThaiDateParse.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace thanrak;
using namespace thanrak::test;

namespace {
// FundFixture's fund with a round of two loans (20,000 and 15,000 paid on
// 1 Feb 2025) and the 2025 grade 78 → B.
void fundStory(FundFixture& f) {
    const LoanRound round = f.openRound();
    f.lendInRound(round, f.join(QStringLiteral("สมหมาย")), money("20,000.00"), day("2025-02-01"));
    f.lendInRound(round, f.join(QStringLiteral("สมปอง")), money("15,000.00"), day("2025-02-01"));
    gradeFund2025(f);
}
}  // namespace

// Every report of the catalog, for the story's group (the fund reports for
// FundFixture's fund with one round and a grade): its CSV and the text
// pdftotext reads from its PDF against tests/reports/golden/all/. The numbers
// in them are those of ReportStory.h, OtopStory.h, PlanStory.h and FundReportsTest.cpp.
TEST_CASE("every report in the catalog matches its golden CSV and PDF text") {
    ReportStory s;
    const OtopStory otop = addOtopStory(s);
    const PlanStory plan = addPlanStory(s, s.group.id, {otop.banana});
    FundFixture f;
    fundStory(f);
    for (const ReportInfo& info : reportCatalog()) {
        INFO(info.name.toStdString());
        const bool fund = info.scope == ReportScope::Fund;
        ReportRequest request;
        request.organisationId = fund ? f.fund.id : s.group.id;
        request.planId = plan.planId;
        request.from = fund ? day("2025-01-01") : day("2026-01-01");
        request.to = fund ? day("2025-12-31") : day("2026-03-31");
        request.today = day("2026-12-01");
        const ReportDocument document = buildReport(fund ? f.db() : s.db(), info, request);
        CHECK(document.name == info.name);
        CHECK(document.header.title == info.title);
        const QByteArray pdf = reportPdf(document);
        CHECK(pdf.startsWith("%PDF"));
        CHECK(pdf.contains("/FontFile2"));  // the Thai font is embedded
        checkGolden(QStringLiteral("all/%1.csv").arg(info.name), reportCsv(document));
        checkGolden(QStringLiteral("all/%1.txt").arg(info.name), pdfText(document));
    }
}

TEST_CASE("dates are completed by the report's period") {
    const ReportInfo meeting = *findReport(QStringLiteral("meeting-report"));
    ReportRequest r;
    r.to = day("2026-02-14");
    r = completeDates(meeting, r);
    CHECK(r.from == day("2026-02-01"));
    CHECK(r.to == day("2026-02-28"));
    r = completeDates(*findReport(QStringLiteral("sajja-grid")), r);
    CHECK(r.from == day("2026-01-01"));
    CHECK(r.to == day("2026-12-31"));
}

TEST_CASE("a bad request is refused in Thai and nothing is built") {
    ReportStory s;
    try {
        s.build("cash-book", day("2026-03-31"), day("2026-01-01"));
        FAIL("dates out of order");
    } catch (const Error& e) {
        CHECK(e.code() == QStringLiteral("report.request"));
        CHECK(e.message().contains(QStringLiteral("วันเริ่มต้น (31 มีนาคม 2569)")));
    }
    ReportRequest request;
    request.to = day("2026-03-31");
    CHECK_THROWS_AS(buildReport(s.db(), *findReport(QStringLiteral("cash-book")), request), Error);
}

TEST_CASE(
    "a report that cannot be written says so, naming the file; a good save replaces the old file") {
    ReportStory s;
    const ReportDocument report = s.build("trial-balance", {}, day("2026-03-31"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("งบทดลอง.csv"));
    QFile old(path);
    REQUIRE(old.open(QIODevice::WriteOnly));
    old.write("old");
    old.close();
    try {
        saveReport(report, dir.filePath(QStringLiteral("no-such-folder/x.pdf")));
        FAIL("a folder that does not exist");
    } catch (const Error& e) {
        CHECK(e.code() == QStringLiteral("report.write"));
        CHECK(e.message().contains(QStringLiteral("no-such-folder")));
    }
    saveReport(report, path);
    QFile written(path);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(
        written.readAll().startsWith("\xEF\xBB\xBF"
                                     "งบทดลอง"));
}
