#include "reports/ReportStory.h"

#include "report/ReportPdf.h"
#include "thai/ThaiDateParse.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace thanrak;
using namespace thanrak::test;

TEST_CASE("every report in the catalog builds, renders and exports for the story's group") {
    ReportStory s;
    for (const ReportInfo& info : reportCatalog()) {
        if (info.scope == ReportScope::Fund)
            continue;  // FundReportsTest
        INFO(info.name.toStdString());
        const ReportDocument document =
            s.build(info.name.toLatin1().constData(), day("2026-01-01"), day("2026-03-31"));
        CHECK(document.name == info.name);
        CHECK(document.header.title == info.title);
        const QByteArray pdf = reportPdf(document);
        CHECK(pdf.startsWith("%PDF"));
        CHECK(pdf.contains("/FontFile2"));  // the Thai font is embedded
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

TEST_CASE("a report that cannot be written says so and keeps the old file") {
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
