#include "support/CatchQt.h"

#include "demo/DemoDistrict.h"
#include "domain/OrganisationRepository.h"
#include "domain/PersonRepository.h"
#include "domain/ReferenceData.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "support/TempDir.h"
#include "thai/NationalId.h"

using namespace thanrak;

TEST_CASE(
    "the demo district: 30 villages over Kut Chum's 9 tambons, each with a group and a fund") {
    test::TempDir dir;
    auto db = Database::create(dir.path(QStringLiteral("demo.thanrak")));
    installReferenceData(*db);
    DemoOptions places;
    places.booksFrom = QDate(2026, 11, 1);  // the places and people are the point here
    const DemoSummary s = createDemoDistrict(*db, places);
    CHECK(s.districtCode == QStringLiteral("3503"));
    CHECK(s.districtName == QStringLiteral("กุดชุม"));
    CHECK(s.subdistricts == 9);
    CHECK(s.villages == 30);
    CHECK(s.organisations == 60);
    CHECK(s.people >= 30 * 60);
    CHECK(s.committeeSeats == 60 * 12);

    QSqlDatabase& c = db->connection();
    // Every village has exactly one savings group and one village fund.
    CHECK(sql::scalar(c,
                      QStringLiteral("SELECT count(*) FROM (SELECT village_code FROM organisations "
                                     "GROUP BY village_code HAVING count(DISTINCT kind) = 2)"))
              .toInt() == 30);
    // Every national ID passes the check-digit rule and carries the district code.
    QSqlQuery ids = sql::run(c, QStringLiteral("SELECT national_id FROM people"));
    int checked = 0;
    while (ids.next()) {
        const QString id = ids.value(0).toString();
        REQUIRE(validateNationalId(id).ok());
        REQUIRE(id.mid(1, 4) == QStringLiteral("3503"));
        ++checked;
    }
    CHECK(checked == s.people);
    // Many people belong to both organisations of their village.
    CHECK(sql::scalar(c, QStringLiteral("SELECT count(*) FROM (SELECT person_id FROM memberships "
                                        "GROUP BY person_id HAVING count(*) = 2)"))
              .toInt() > s.people / 3);
    CHECK(db->check().ok);
}

TEST_CASE("the same seed makes the same district") {
    test::TempDir dir;
    auto a = Database::create(dir.path(QStringLiteral("a.thanrak")));
    auto b = Database::create(dir.path(QStringLiteral("b.thanrak")));
    installReferenceData(*a);
    installReferenceData(*b);
    DemoOptions small;
    small.villages = 9;
    small.booksFrom = QDate(2026, 9, 1);
    createDemoDistrict(*a, small);
    createDemoDistrict(*b, small);
    const QString names = QStringLiteral(
        "SELECT group_concat(first_name || last_name || national_id, ',') FROM "
        "(SELECT * FROM people ORDER BY national_id)");
    CHECK(sql::scalar(a->connection(), names).toString() ==
          sql::scalar(b->connection(), names).toString());
    // The savings groups' year comes out the same too, receipt by receipt.
    const QString receipts = QStringLiteral(
        "SELECT group_concat(x, ',') FROM (SELECT o.code || '/' || r.receipt_year || '/' || "
        "r.receipt_no || '=' || r.total AS x FROM receipts r JOIN organisations o "
        "ON o.id = r.organisation_id ORDER BY o.code, r.receipt_year, r.receipt_no)");
    const QString booksOfA = sql::scalar(a->connection(), receipts).toString();
    CHECK_FALSE(booksOfA.isEmpty());
    CHECK(booksOfA == sql::scalar(b->connection(), receipts).toString());
    // And the OTOP register, sale by sale.
    const QString otop = QStringLiteral(
        "SELECT group_concat(x, ',') FROM (SELECT p.name || '/' || s.sales_month || '/' || c.name || "
        "'=' || s.amount AS x FROM otop_sales s JOIN otop_products p ON p.id = s.product_id JOIN "
        "otop_channels c ON c.id = s.channel_id ORDER BY p.name, s.sales_month, c.position)");
    const QString otopOfA = sql::scalar(a->connection(), otop).toString();
    CHECK_FALSE(otopOfA.isEmpty());
    CHECK(otopOfA == sql::scalar(b->connection(), otop).toString());
}
