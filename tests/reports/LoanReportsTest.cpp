#include "reports/ReportStory.h"

#include "report/ReportCsv.h"
#include "savings/YearEndService.h"
#include "support/YearEndStory.h"

#include <catch2/catch.hpp>

using namespace thanrak;
using namespace thanrak::test;

TEST_CASE("the loan register lists the running contract with its schedule") {
    ReportStory s;
    const ReportDocument report = s.build("loan-register", {}, day("2026-03-31"));
    const QStringList lines = csvLines(report);
    // 3,000 lent, 1,000 repaid; nothing else due by the end of March.
    CHECK(lines.contains(QStringLiteral(
        "1/2569,2,นางบุญมี ทดสอบ,เงินกู้ฉุกเฉิน,2026-02-05,2026-05-05,3000.00,2000.00,0.00,")));
    CHECK(lines.contains(QStringLiteral("รวม 1 สัญญา,,,,,,3000.00,2000.00,,")));
    // Equal principal at 1 % a month: interest 30, 20, 10.
    CHECK(lines.contains(QStringLiteral("1,2026-03-05,1000.00,30.00,1030.00,2000.00")));
    CHECK(lines.contains(QStringLiteral("2,2026-04-05,1000.00,20.00,1020.00,1000.00")));
    CHECK(lines.contains(QStringLiteral("3,2026-05-05,1000.00,10.00,1010.00,0.00")));
    checkGolden(QStringLiteral("loan-register.csv"), reportCsv(report));
}

TEST_CASE("the follow-up list shows the instalment left unpaid since 5 April") {
    ReportStory s;
    const ReportDocument report = s.build("arrears", {}, day("2026-04-30"));
    const QStringList lines = csvLines(report);
    // Instalment 2: 1,000 + 20 interest, and the 1 % late fine on 1,020.00 =
    // 10.20; 25 days late on 30 April.
    CHECK(lines.contains(QStringLiteral("1/2569,2,นางบุญมี ทดสอบ,2000.00,1030.20,25")));
    CHECK(lines.last() == QStringLiteral("รวม 1 สัญญา,,,2000.00,1030.20,"));
    CHECK(csvLines(s.build("arrears", {}, day("2026-03-31"))).last() ==
          QStringLiteral("รวม 0 สัญญา,,,0.00,0.00,"));
}

TEST_CASE("the allocation list carries each member's dividend and refund and a line to sign") {
    // YearEndStory.h: A 365.80, B 17.42 + 38.38 = 55.80, C 230.80 + 115.12 = 345.92.
    YearStory s;
    YearEndService(s.db()).draft(s.group.id, 2026);
    ReportRequest request;
    request.organisationId = s.group.id;
    request.to = QDate(2026, 12, 31);
    request.today = QDate(2027, 1, 20);
    const ReportDocument report =
        buildReport(s.db(), *findReport(QStringLiteral("allocation-list")), request);
    const QStringList lines = csvLines(report);
    CHECK(lines.contains(
        QStringLiteral("\"กำไรสุทธิ 1,023.37 บาท จัดสรรตามระเบียบ (ร่าง ยังไม่ผ่านรายการ)\"")));
    CHECK(lines.contains(QStringLiteral("ทุนสำรอง,10,102.34")));
    CHECK(lines.contains(QStringLiteral("ปันผลตามเงินสัจจะสะสม,60,614.02")));
    CHECK(lines.contains(QStringLiteral("เฉลี่ยคืนตามดอกเบี้ยเงินกู้,15,153.50")));
    CHECK(lines.contains(QStringLiteral("รวม,,1023.37")));
    CHECK(lines.filter(QStringLiteral(",365.80,0.00,365.80,")).size() == 1);
    CHECK(lines.filter(QStringLiteral(",17.42,38.38,55.80,")).size() == 1);
    CHECK(lines.filter(QStringLiteral(",230.80,115.12,345.92,")).size() == 1);
    CHECK(lines.last() == QStringLiteral("รวม,,614.02,153.50,767.52,"));
    checkGolden(QStringLiteral("allocation-list.csv"), reportCsv(report));
}

TEST_CASE("the income statement leaves out the year-end postings of the year before") {
    // The 2026 allocation is posted on 20 Jan 2027: January 2027's statement
    // shows nothing, and 2026's still shows the 1,023.37 of YearEndStory.h.
    YearStory s;
    YearEndService service(s.db());
    service.post(service.draft(s.group.id, 2026).id, QDate(2027, 1, 20));
    const auto statement = [&](const QDate& from, const QDate& to) {
        ReportRequest request;
        request.organisationId = s.group.id;
        request.from = from;
        request.to = to;
        request.today = to;
        return csvLines(
            buildReport(s.db(), *findReport(QStringLiteral("income-statement")), request));
    };
    CHECK(statement(QDate(2027, 1, 1), QDate(2027, 1, 31)).last() ==
          QStringLiteral("กำไรสุทธิ,,0.00"));
    CHECK(statement(QDate(2026, 1, 1), QDate(2026, 12, 31)).last() ==
          QStringLiteral("กำไรสุทธิ,,1023.37"));
}
