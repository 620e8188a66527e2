#include "reports/ReportStory.h"

#include "fund/GradeRepository.h"
#include "fund/Grading.h"
#include "report/ReportCsv.h"
#include "support/FundFixture.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

using namespace thanrak;
using namespace thanrak::test;

namespace {
ReportDocument fundReport(FundFixture& f, const char* name, const QDate& from, const QDate& to) {
    ReportRequest request;
    request.organisationId = f.fund.id;
    request.from = from;
    request.to = to;
    request.today = day("2026-12-01");
    return buildReport(f.db(), *findReport(QString::fromLatin1(name)), request);
}
}  // namespace

TEST_CASE("the round's approval list shows each request, the decision and the totals") {
    FundFixture f;
    const LoanRound round = f.openRound();
    f.lendInRound(round, f.join(QStringLiteral("สมหมาย")), money("20,000.00"), day("2025-02-01"));
    f.lendInRound(round, f.join(QStringLiteral("สมปอง")), money("15,000.00"), day("2025-02-01"));
    const QStringList lines = csvLines(fundReport(f, "round-approvals", {}, day("2025-12-31")));
    CHECK(lines.filter(QStringLiteral("นางสมหมาย ทดสอบ")).size() == 1);
    CHECK(lines.filter(QStringLiteral(",20000.00,20000.00,จ่ายแล้ว 1/2568,")).size() == 1);
    CHECK(lines.filter(QStringLiteral(",15000.00,15000.00,จ่ายแล้ว 2/2568,")).size() == 1);
    CHECK(lines.contains(QStringLiteral("รวม 2 คำขอ (ไม่อนุมัติ 0),,,35000.00,35000.00,,")));
}

TEST_CASE("the pool report shows what each pool holds and its bank book") {
    // บัญชี 1: 1,000,000 received on 10 Jan 2025; 20,000 lent on 1 Feb.
    FundFixture f;
    const LoanRound round = f.openRound();
    f.lendInRound(round, f.join(QStringLiteral("สมหมาย")), money("20,000.00"), day("2025-02-01"));
    const QStringList lines =
        csvLines(fundReport(f, "pool-books", day("2025-01-01"), day("2025-03-31")));
    CHECK(lines.filter(QRegularExpression(QStringLiteral(",1000000.00,20000.00,980000.00$")))
              .size() == 2);  // the pool and the total
    CHECK(
        lines.filter(QRegularExpression(QStringLiteral("^2025-02-01,.*,0.00,20000.00,980000.00$")))
            .size() == 1);
}

TEST_CASE("the grading sheet lists each criterion's score and the grade") {
    // Default scheme: 17 + 12 + 15 + 14 + 12 + 8 = 78 of 100 → B (70–84).
    FundFixture f;
    gradeFund2025(f);
    const ReportDocument report = fundReport(f, "grading-sheet", {}, day("2025-06-30"));
    const QStringList lines = csvLines(report);
    CHECK(lines.contains(QStringLiteral("รวม,,100,78,")));
    CHECK(lines.contains(QStringLiteral("คิดเป็นร้อยละ 78.00  ระดับ B")));
    checkGolden(QStringLiteral("grading-sheet.csv"), reportCsv(report));
}

TEST_CASE("fund reports refuse a savings group, naming what to choose") {
    ReportStory s;
    try {
        s.build("grading-sheet", {}, day("2026-12-31"));
        FAIL("a savings group has no grading sheet");
    } catch (const Error& e) {
        CHECK(e.code() == QStringLiteral("report.request"));
        CHECK(e.message().contains(QStringLiteral("เลือกกองทุนหมู่บ้าน")));
    }
}
