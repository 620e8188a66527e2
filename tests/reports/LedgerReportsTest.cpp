#include "reports/ReportStory.h"

#include "report/ReportCsv.h"

#include <catch2/catch.hpp>

using namespace thanrak;
using namespace thanrak::test;

// Numbers: the quarter worked in ReportStory.h.

TEST_CASE("the trial balance on 31 March balances at 10,730.00") {
    ReportStory s;
    const ReportDocument report = s.build("trial-balance", {}, day("2026-03-31"));
    const QStringList lines = csvLines(report);
    CHECK(lines.contains(QStringLiteral("1101,เงินสด,8730.00,0.00")));
    CHECK(lines.contains(QStringLiteral("1201,ลูกหนี้เงินกู้สมาชิก,2000.00,0.00")));
    CHECK(lines.contains(QStringLiteral("2101,เงินสัจจะสะสมของสมาชิก,0.00,650.00")));
    CHECK(lines.last() == QStringLiteral("รวม,,10730.00,10730.00"));
    checkGolden(QStringLiteral("trial-balance.csv"), reportCsv(report));
}

TEST_CASE("the income statement of the quarter shows 80.00 of profit") {
    ReportStory s;
    const ReportDocument report = s.build("income-statement", day("2026-01-01"), day("2026-03-31"));
    const QStringList lines = csvLines(report);
    CHECK(lines.contains(QStringLiteral("รวมรายได้,,80.00")));
    CHECK(lines.contains(QStringLiteral("รวมค่าใช้จ่าย,,0.00")));
    CHECK(lines.last() == QStringLiteral("กำไรสุทธิ,,80.00"));
    checkGolden(QStringLiteral("income-statement.csv"), reportCsv(report));
}

TEST_CASE("the balance sheet adds up: assets 10,730.00 = savings 650.00 + capital 10,080.00") {
    ReportStory s;
    const ReportDocument report = s.build("balance-sheet", {}, day("2026-03-31"));
    const QStringList lines = csvLines(report);
    CHECK(lines.contains(QStringLiteral("รวมสินทรัพย์,,10730.00")));
    CHECK(lines.contains(QStringLiteral("รวมหนี้สิน,,650.00")));
    CHECK(lines.contains(QStringLiteral(",กำไร (ขาดทุน) สุทธิที่ยังไม่ได้จัดสรร,80.00")));
    CHECK(lines.contains(QStringLiteral("รวมทุน,,10080.00")));
    CHECK(lines.last() == QStringLiteral("รวมหนี้สินและทุน,,10730.00"));
    checkGolden(QStringLiteral("balance-sheet.csv"), reportCsv(report));
}

TEST_CASE("the cash book of February runs from 10,290.00 to 7,550.00") {
    // Opening: 10,000 + 40 + 100 + 150 = 10,290.00; February: + 100 + 160 − 3,000.
    ReportStory s;
    const ReportDocument report = s.build("cash-book", day("2026-02-01"), day("2026-02-28"));
    const QStringList lines = csvLines(report);
    CHECK(lines.contains(QStringLiteral("2026-02-01,,ยอดยกมา,,,10290.00")));
    CHECK(lines.last() == QStringLiteral("รวม / ยอดคงเหลือยกไป,,,260.00,3000.00,7550.00"));
    checkGolden(QStringLiteral("cash-book.csv"), reportCsv(report));
}

TEST_CASE("the annual report gathers members, loans, the statements and the allocation") {
    // At the end of 2026 instalments 2 and 3 (due 5 April and 5 May) are still
    // unpaid, so all of the 2,000.00 outstanding is past due: 100.00 %.
    ReportStory s;
    const ReportDocument report = s.build("annual-report", {}, day("2026-12-31"));
    const QStringList lines = csvLines(report);
    CHECK(lines.contains(QStringLiteral("ประจำปี 2569")));
    CHECK(lines.contains(QStringLiteral("สมาชิก ณ สิ้นปี,2 คน (เข้าใหม่ 2 คน ลาออก 0 คน)")));
    CHECK(lines.contains(QStringLiteral("ให้กู้ในปี,\"1 สัญญา 3,000.00 บาท\"")));
    CHECK(lines.contains(
        QStringLiteral("เงินต้นของสัญญาที่เลยกำหนด,\"2,000.00 บาท (ร้อยละ 100.00 ของเงินกู้คงเหลือ)\"")));
    CHECK(lines.contains(QStringLiteral("กำไรสุทธิ,,80.00")));
    CHECK(lines.contains(QStringLiteral("รวมหนี้สินและทุน,,10730.00")));
    CHECK(lines.contains(QStringLiteral("ยังไม่ได้คำนวณการจัดสรรกำไรของปี 2569")));
}
