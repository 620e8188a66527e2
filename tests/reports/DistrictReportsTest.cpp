#include "storage/Sql.h"
#include "reports/ReportStory.h"

#include "report/ReportCsv.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

using namespace thanrak;
using namespace thanrak::test;

namespace {
ReportDocument districtReport(ReportStory& s, const char* name, const QDate& to) {
    ReportRequest request;
    request.to = to;
    request.today = day("2026-12-01");
    return buildReport(s.db(), *findReport(QString::fromLatin1(name)), request);
}
}  // namespace

TEST_CASE("the district summary rolls the group up to its tambon and the district") {
    // 31 March: 2 members, savings 650.00, loans 2,000.00, nothing overdue.
    // 30 April: instalment 2 overdue, so the whole 2,000.00 is in arrears: 100.00 %.
    ReportStory s;
    QStringList lines = csvLines(districtReport(s, "district-summary", day("2026-03-31")));
    CHECK(lines.filter(QRegularExpression(QStringLiteral(",1,2,650.00,2000.00,0.00$"))).size() ==
          2);
    CHECK(lines.filter(QStringLiteral("รวมทั้งอำเภอ,1,2,650.00,2000.00,0.00")).size() == 1);
    lines = csvLines(districtReport(s, "district-summary", day("2026-04-30")));
    CHECK(lines.contains(QStringLiteral("รวมทั้งอำเภอ,1,2,650.00,2000.00,100.00")));
}

TEST_CASE("an organisation whose books stopped two months ago is listed as stale") {
    ReportStory s;  // last entry 5 March 2026
    QStringList lines = csvLines(districtReport(s, "stale-data", day("2026-04-30")));
    CHECK(lines.contains(QStringLiteral("องค์กรที่ข้อมูลขาดหรือไม่เป็นปัจจุบัน 0 แห่ง ข้อมูลเป็นปัจจุบัน 1 แห่ง")));
    // 5 March to 30 June is 117 days.
    lines = csvLines(districtReport(s, "stale-data", day("2026-06-30")));
    CHECK(lines.filter(QStringLiteral("2026-03-05,117,,ไม่มีรายการใหม่เกิน 60 วัน")).size() == 1);
}

TEST_CASE("at the district office, a village that has not sent a bundle for two months is listed") {
    ReportStory s;  // last entry 5 March 2026
    // Its last bundle was exported on 1 February 2026 (13:00 in Thailand).
    sql::run(s.db().connection(),
             QStringLiteral("INSERT INTO organisation_arrivals (organisation_id, installation_id, bundle_id, "
                            "exported_at, imported_at) VALUES (?, 'village-pc', 'b1', '2026-02-01T06:00:00.000Z', "
                            "'2026-02-02T02:00:00.000Z')"),
             {s.group.id});
    // 31 March: books 26 days old, bundle 58 days old: both fresh.
    QStringList lines = csvLines(districtReport(s, "stale-data", day("2026-03-31")));
    CHECK(lines.contains(QStringLiteral("องค์กรที่ข้อมูลขาดหรือไม่เป็นปัจจุบัน 0 แห่ง ข้อมูลเป็นปัจจุบัน 1 แห่ง")));
    // 30 April: books 56 days (fresh), bundle 88 days old.
    lines = csvLines(districtReport(s, "stale-data", day("2026-04-30")));
    CHECK(lines.filter(QStringLiteral("2026-03-05,56,2026-02-01,ไม่ได้ส่งข้อมูลมาเกิน 60 วัน")).size() == 1);
}
