#include "reports/ReportStory.h"

#include "ledger/Journal.h"
#include "report/ReportCsv.h"
#include "report/ReportPdf.h"
#include "savings/ReceiptRepository.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace thanrak;
using namespace thanrak::test;

TEST_CASE("the March meeting report lists each member's payments and the month's summary") {
    ReportStory s;
    const ReportDocument report = s.build("meeting-report", {}, day("2026-03-15"));
    const QStringList lines = csvLines(report);
    CHECK(lines.contains(QStringLiteral("ประจำเดือนมีนาคม 2569")));
    // A paid nothing in March; B 150 + 1,000 + 30 = 1,180.00.
    CHECK(lines.contains(
        QStringLiteral("1,1,นางอารีย์ ทดสอบ,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00")));
    CHECK(lines.contains(
        QStringLiteral("2,2,นางบุญมี ทดสอบ,150.00,0.00,0.00,1000.00,30.00,0.00,0.00,1180.00")));
    CHECK(lines.contains(
        QStringLiteral("รวมทั้งเดือน,,,150.00,0.00,0.00,1000.00,30.00,0.00,0.00,1180.00")));
    CHECK(lines.contains(QStringLiteral("เงินสดยกมา,\"7,550.00 บาท\"")));
    CHECK(lines.contains(QStringLiteral("เงินสดคงเหลือ,\"8,730.00 บาท\"")));
    CHECK(lines.contains(QStringLiteral("เงินกู้คงค้าง ณ สิ้นเดือน,\"1 สัญญา 2,000.00 บาท\"")));
    CHECK(lines.contains(QStringLiteral("เงินสัจจะสะสม ณ สิ้นเดือน,650.00 บาท")));
    checkGolden(QStringLiteral("meeting-report.csv"), reportCsv(report));
    checkGolden(QStringLiteral("meeting-report.txt"), pdfText(report));
}

TEST_CASE("the sajja grid shows each member's sajja by the month it is for") {
    ReportStory s;
    const ReportDocument report = s.build("sajja-grid", {}, day("2026-06-30"));
    const QStringList lines = csvLines(report);
    CHECK(lines.contains(QStringLiteral(
        "1,นางอารีย์ ทดสอบ,100.00,100.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,200.00")));
    CHECK(lines.contains(QStringLiteral(
        "2,นางบุญมี "
        "ทดสอบ,150.00,150.00,150.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,450.00")));
    CHECK(lines.contains(QStringLiteral(
        "รวม,,250.00,250.00,150.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,650.00")));
    checkGolden(QStringLiteral("sajja-grid.csv"), reportCsv(report));
}

TEST_CASE("a receipt states its lines, its total in words and who signs") {
    ReportStory s;
    const ReportDocument report = s.build("receipts", day("2026-03-01"), day("2026-03-31"));
    const QStringList lines = csvLines(report);
    CHECK(lines.contains(QStringLiteral("เลขที่,7/2569")));
    CHECK(lines.contains(QStringLiteral("1,เงินสัจจะสะสม เดือนมีนาคม 2569,150.00")));
    CHECK(lines.contains(QStringLiteral("2,เงินต้น สัญญา 1/2569 งวดที่ 1,1000.00")));
    CHECK(lines.contains(QStringLiteral("รวมเป็นเงิน,,1180.00")));
    CHECK(lines.contains(QStringLiteral("(หนึ่งพันหนึ่งร้อยแปดสิบบาทถ้วน)")));
    const QByteArray text = pdfText(report);
    CHECK(text.contains("ลงชื่อ"));
    checkGolden(QStringLiteral("receipts.txt"), text);
}

TEST_CASE("a member's passbook shows savings and loan lines with running balances") {
    ReportStory s;
    const ReportDocument report = s.build("passbook", day("2026-01-01"), day("2026-03-31"), s.b);
    const QStringList lines = csvLines(report);
    CHECK(lines.contains(QStringLiteral("ชื่อ–สกุล,นางบุญมี ทดสอบ")));
    // Savings 150 a month: 150, 300, 450; the loan 3,000 then 2,000.
    CHECK(lines.filter(QStringLiteral("450.00")).size() >= 1);
    CHECK(lines.filter(QRegularExpression(QStringLiteral("^2026-03-05,.*,0.00,1000.00,2000.00$")))
              .size() == 1);
    checkGolden(QStringLiteral("passbook.csv"), reportCsv(report));
}

TEST_CASE("Thai digits are a printing option: the PDF says ๑,๑๘๐.๐๐, the CSV stays 1180.00") {
    ReportStory s;
    const ReportDocument report = s.build("receipts", day("2026-03-01"), day("2026-03-31"));
    CHECK(pdfText(report, RenderOptions{true}).contains("๑,๑๘๐.๐๐"));
    CHECK(csvLines(report).contains(QStringLiteral("รวมเป็นเงิน,,1180.00")));
}

TEST_CASE("the sign-in sheet has a line for every member active on the meeting day") {
    ReportStory s;
    const ReportDocument report = s.build("sign-in", {}, day("2026-03-05"));
    const QStringList lines = csvLines(report);
    CHECK(lines.contains(QStringLiteral("1,1,นางอารีย์ ทดสอบ,,")));
    CHECK(lines.contains(QStringLiteral("2,2,นางบุญมี ทดสอบ,,")));
}

TEST_CASE("a receipt cancelled in April still counts in March's report, and is marked cancelled") {
    // Receipt 7/2569 (B, 5 March, 1,180.00) is reversed on 10 April.
    ReportStory s;
    const QList<Receipt> march =
        ReceiptRepository(s.db()).between(s.group.id, day("2026-03-01"), day("2026-03-31"), true);
    REQUIRE(march.size() == 1);
    Journal(s.db()).reverse(march.front().journalEntryId, day("2026-04-10"),
                            QStringLiteral("ออกใบเสร็จผิดคน"));
    QStringList lines = csvLines(s.build("meeting-report", {}, day("2026-03-31")));
    CHECK(lines.contains(
        QStringLiteral("รวมทั้งเดือน,,,150.00,0.00,0.00,1000.00,30.00,0.00,0.00,1180.00")));
    CHECK(lines.contains(QStringLiteral("เงินสดคงเหลือ,\"8,730.00 บาท\"")));
    // April's report no longer has it, and the receipt itself says it was cancelled.
    lines = csvLines(s.build("receipts", day("2026-03-01"), day("2026-03-31")));
    CHECK(lines.contains(QStringLiteral("ใบเสร็จนี้ยกเลิกแล้ว")));
    CHECK(ReceiptRepository(s.db())
              .between(s.group.id, day("2026-03-01"), day("2026-04-30"), true)
              .isEmpty());
}
