#include "reports/OtopStory.h"
#include "reports/ReportStory.h"

#include "report/ReportPdf.h"

#include <catch2/catch.hpp>

using namespace thanrak;
using namespace thanrak::test;

namespace {
// The story's OTOP reports as the catalog builds them on 31 March 2026.
ReportDocument otopReport(DomainFixture& f, const char* name, const QString& productId = {},
                          const QString& subdistrictCode = {}) {
    ReportRequest request;
    request.to = day("2026-03-31");
    request.today = day("2026-12-01");
    request.productId = productId;
    request.subdistrictCode = subdistrictCode;
    return buildReport(f.db(), *findReport(QString::fromLatin1(name)), request);
}

int pageBreaks(const ReportDocument& document) {
    int breaks = 0;
    for (const ReportBlock& block : document.blocks)
        breaks += std::holds_alternative<ReportPageBreak>(block) ? 1 : 0;
    return breaks;
}
}  // namespace

TEST_CASE("the OTOP summary counts stars by category and tambon and sets sales against targets") {
    DomainFixture f;
    addOtopStory(f);
    const QStringList lines = csvLines(otopReport(f, "otop-summary"));
    // Food: the banana's 2025 rating, 4 stars; drinks: the tea's 2 stars.
    CHECK(lines.contains(QStringLiteral("อาหาร,0,0,0,0,1,0,1,31500.00")));
    CHECK(lines.contains(QStringLiteral("เครื่องดื่ม,0,0,1,0,0,0,1,5249.75")));
    CHECK(lines.contains(QStringLiteral("รวมทั้งอำเภอ,0,0,1,0,1,0,2,36749.75")));
    // One producer, two products both rated, one of 4–5 stars, the GI in force.
    CHECK(lines.contains(QStringLiteral("ทรายมูล,1,2,2,1,1,36749.75")));
    CHECK(lines.contains(QStringLiteral(
        "ทรายมูล,กลุ่มแม่บ้านแปรรูปผลผลิตการเกษตรโนนสูง,กล้วยตากโนนสูง,120000.00,31500.00,26.3%")));
    CHECK(lines.contains(QStringLiteral(
        "ทรายมูล,กลุ่มแม่บ้านแปรรูปผลผลิตการเกษตรโนนสูง,ชาใบหม่อนโนนสูง,10000.00,5249.75,52.5%")));
    CHECK(lines.contains(
        QStringLiteral("รวม 2 ผลิตภัณฑ์ ถึงเป้าหมาย 0 ผลิตภัณฑ์,,,130000.00,36749.75,28.3%")));
}

TEST_CASE("the expiry list shows what runs out within 90 days and what has run out, soonest first") {
    DomainFixture f;
    addOtopStory(f);
    const QStringList lines = csvLines(otopReport(f, "certificate-expiry"));
    const QStringList rows = lines.filter(QStringLiteral("081-234-5678"));
    REQUIRE(rows.size() == 2);  // not the GI, not the tea's มผช. 106 days ahead
    CHECK(rows[0].endsWith(QStringLiteral("มผช. 107/2566,สำนักงานอุตสาหกรรมจังหวัดยโสธร,2026-02-14,-45")));
    CHECK(rows[1].endsWith(QStringLiteral("35-2-01962-2-0001,สำนักงานสาธารณสุขจังหวัดยโสธร,2026-04-30,30")));
    CHECK(lines.filter(QStringLiteral("1 ใบ และที่หมดอายุแล้ว 1 ใบ")).size() == 1);
    // Another tambon has none.
    CHECK(csvLines(otopReport(f, "certificate-expiry", {}, QStringLiteral("350202")))
              .filter(QStringLiteral("081-234-5678"))
              .isEmpty());
}

TEST_CASE("the product sheet prints one product, or every product a page, with its photo") {
    DomainFixture f;
    const OtopStory story = addOtopStory(f);
    const ReportDocument one = otopReport(f, "product-sheet", story.banana);
    CHECK(pageBreaks(one) == 0);
    const QStringList lines = csvLines(one);
    CHECK(lines.contains(QStringLiteral("ราคา,45.00 บาท ต่อถุง")));
    CHECK(lines.contains(QStringLiteral("2568,22,48,17,87,4 ดาว,Classic (เงิน)")));
    CHECK(lines.contains(QStringLiteral("2567,20,40,15,75,3 ดาว,")));
    // 700 bags and 31,500.00 baht from January to March: 31,500 / 120,000 = 26.25 %,
    // the fair first (13,500 + 9,000), then Shopee, then OTOP Online.
    CHECK(lines.contains(QStringLiteral(
        "ยอดขายปี 2569,\"ม.ค.–มี.ค. 31,500.00 บาท (700 ถุง) · เป้าหมายทั้งปี 120,000.00 บาท ขายได้ 26.3%\"")));
    CHECK(lines.contains(QStringLiteral(
        "ช่องทางขาย,\"งานแสดงและจำหน่ายสินค้า 22,500.00 · Shopee 5,400.00 · OTOP Online 3,600.00\"")));
    CHECK(lines.filter(QStringLiteral("จะหมดอายุในอีก 30 วัน")).size() == 1);
    CHECK(reportPdf(one).contains("/Subtype /Image"));

    const ReportDocument all = otopReport(f, "product-sheet");
    CHECK(pageBreaks(all) == 1);
    CHECK(csvLines(otopReport(f, "product-sheet", {}, QStringLiteral("350202")))
              .contains(QStringLiteral("ยังไม่มีผลิตภัณฑ์ OTOP ที่ลงทะเบียนไว้")));
    CHECK_THROWS_AS(otopReport(f, "product-sheet", QStringLiteral("no-such-product")), Error);
}
