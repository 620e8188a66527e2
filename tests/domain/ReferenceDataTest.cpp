#include "support/CatchQt.h"

#include "domain/PlaceRepository.h"
#include "domain/ReferenceData.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "support/TempDir.h"

using namespace thanrak;

TEST_CASE("the shipped places are Thailand's 77 provinces and 928 districts") {
    test::TempDir dir;
    auto db = Database::create(dir.path(QStringLiteral("ref.thanrak")));
    CHECK(installReferenceData(*db) == 77 + 928);
    QSqlDatabase& c = db->connection();
    CHECK(sql::scalar(c, QStringLiteral("SELECT count(*) FROM provinces")).toInt() == 77);
    CHECK(sql::scalar(c, QStringLiteral("SELECT count(*) FROM districts")).toInt() == 928);
    // Bangkok has 50 khet; Yasothon (35) has 9 amphoe.
    CHECK(sql::scalar(c, QStringLiteral("SELECT count(*) FROM districts WHERE province_code = '10'"))
              .toInt() == 50);
    CHECK(sql::scalar(c, QStringLiteral("SELECT count(*) FROM districts WHERE province_code = '35'"))
              .toInt() == 9);
    CHECK(sql::scalar(c, QStringLiteral("SELECT name_th FROM provinces WHERE code = '35'")).toString() ==
          QStringLiteral("ยโสธร"));
    CHECK(sql::scalar(c, QStringLiteral("SELECT name_th FROM districts WHERE code = '3501'")).toString() ==
          QStringLiteral("เมืองยโสธร"));
}

TEST_CASE("installing the shipped places again changes nothing") {
    test::TempDir dir;
    auto db = Database::create(dir.path(QStringLiteral("ref2.thanrak")));
    installReferenceData(*db);
    CHECK(installReferenceData(*db) == 0);
}

TEST_CASE("shipped places get the same UUID on every installation") {
    test::TempDir dir;
    auto a = Database::create(dir.path(QStringLiteral("a.thanrak")));
    auto b = Database::create(dir.path(QStringLiteral("b.thanrak")));
    installReferenceData(*a);
    installReferenceData(*b);
    const QString query = QStringLiteral("SELECT uuid FROM districts WHERE code = '3503'");
    CHECK(sql::scalar(a->connection(), query).toString() == sql::scalar(b->connection(), query).toString());
}
