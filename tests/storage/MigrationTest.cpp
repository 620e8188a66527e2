#include "support/CatchQt.h"

#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/Sql.h"
#include "support/TempDir.h"

#include <QFileInfo>

using namespace thanrak;

TEST_CASE("migrations are numbered 1, 2, ... without gaps") {
    int expected = 1;
    for (const Migration& m : allMigrations())
        CHECK(m.version == expected++);
    CHECK(latestSchemaVersion() == static_cast<int>(allMigrations().size()));
}

TEST_CASE("an older file is upgraded after a copy of it is kept") {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("old.thanrak"));
    {
        auto v1 = Database::create(path, 1);
        REQUIRE(v1->schemaVersion() == 1);
        sql::run(v1->connection(),
                 QStringLiteral("INSERT INTO provinces (code, uuid, name_th, name_en, created_at, "
                                "updated_at) VALUES ('35', 'p35', 'ยโสธร', 'Yasothon', 't', 't')"));
        CHECK_FALSE(sql::scalar(v1->connection(),
                                QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'people'"))
                        .isValid());
    }
    auto db = Database::open(path);
    CHECK(db->schemaVersion() == latestSchemaVersion());
    CHECK(sql::scalar(db->connection(), QStringLiteral("SELECT name_th FROM provinces WHERE code = '35'"))
              .toString() == QStringLiteral("ยโสธร"));
    CHECK(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM schema_log")).toInt() ==
          latestSchemaVersion());

    REQUIRE_FALSE(db->backupPath().isEmpty());
    REQUIRE(QFileInfo::exists(db->backupPath()));
    auto backup = Database::open(db->backupPath());  // the copy is a v1 file; opening upgrades it
    CHECK(sql::scalar(backup->connection(),
                      QStringLiteral("SELECT name_th FROM provinces WHERE code = '35'"))
              .toString() == QStringLiteral("ยโสธร"));
}

TEST_CASE("migrating again is harmless") {
    test::TempDir dir;
    auto db = Database::create(dir.path(QStringLiteral("again.thanrak")));
    migrateDatabase(db->connection(), latestSchemaVersion());
    CHECK(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM schema_log")).toInt() ==
          latestSchemaVersion());
}
