#include "support/CatchQt.h"

#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"
#include "support/FileFixtures.h"
#include "support/TempDir.h"

#include <QFile>

using namespace thanrak;

namespace {
// Opening must fail with `code` and leave the file byte for byte as it was.
void requireRefusedUntouched(const QString& path, const char* code) {
    const QByteArray before = test::fileBytes(path);
    try {
        Database::open(path);
        FAIL("the file was opened");
    } catch (const StorageError& e) {
        CHECK(e.code() == QLatin1String(code));
        CHECK_FALSE(e.message().isEmpty());
    }
    CHECK(test::fileBytes(path) == before);
}
}  // namespace

TEST_CASE("a missing file is refused") {
    test::TempDir dir;
    CHECK_THROWS_MATCHES(Database::open(dir.path(QStringLiteral("nope.thanrak"))), StorageError,
                         Catch::Predicate<StorageError>([](const StorageError& e) {
                             return e.code() == QStringLiteral("storage.missing");
                         }));
}

TEST_CASE("a file that is not SQLite is refused and left untouched") {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("members.csv"));
    test::writeFile(path, QByteArray("code,name\n1,กลุ่มออมทรัพย์\n"));
    requireRefusedUntouched(path, "storage.not_sqlite");

    const QString empty = dir.path(QStringLiteral("empty.thanrak"));
    test::writeFile(empty, QByteArray());
    requireRefusedUntouched(empty, "storage.not_sqlite");
}

TEST_CASE("another program's SQLite file is refused and left untouched") {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("other.db"));
    test::rawSql(path, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);"
                       "INSERT INTO notes (body) VALUES ('hello');");
    requireRefusedUntouched(path, "storage.not_thanrak");
}

TEST_CASE("a file written by a newer Thanrak is refused and left untouched") {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("future.thanrak"));
    Database::create(path);
    const QByteArray pragma =
        QStringLiteral("PRAGMA journal_mode = DELETE; PRAGMA user_version = %1;")
            .arg(latestSchemaVersion() + 1)
            .toUtf8();
    test::rawSql(path, pragma.constData());
    try {
        Database::open(path);
        FAIL("opened a newer file");
    } catch (const StorageError& e) {
        CHECK(e.code() == QStringLiteral("storage.newer"));
        CHECK(e.message().contains(QString::number(latestSchemaVersion() + 1)));
    }
    requireRefusedUntouched(path, "storage.newer");
}

TEST_CASE("a damaged file is refused and left untouched") {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("damaged.thanrak"));
    Database::create(path);
    test::rawSql(path, "PRAGMA journal_mode = DELETE;");
    // Keep the 100-byte header (it still says Thanrak) and scribble over the
    // schema page that follows.
    QByteArray bytes = test::fileBytes(path);
    REQUIRE(bytes.size() > 4096);
    for (int i = 100; i < 4096; ++i)
        bytes[i] = static_cast<char>(0xA5);
    test::writeFile(path, bytes);
    requireRefusedUntouched(path, "storage.corrupt");
}

TEST_CASE("a full disk fails the action with a Thai message and keeps earlier data") {
    test::TempDir dir;
    auto db = Database::create(dir.path(QStringLiteral("full.thanrak")));
    QSqlDatabase& c = db->connection();
    sql::run(c, QStringLiteral("INSERT INTO settings (key, value) VALUES ('kept', 'yes')"));
    // Cap the file at its current size: the next big write behaves like a full disk.
    const int pages = sql::scalar(c, QStringLiteral("PRAGMA page_count")).toInt();
    sql::run(c, QStringLiteral("PRAGMA max_page_count = %1").arg(pages));
    try {
        sql::run(c, QStringLiteral("INSERT INTO settings (key, value) VALUES ('big', "
                                   "hex(randomblob(200000)))"));
        FAIL("the write did not fail");
    } catch (const StorageError& e) {
        CHECK(e.code() == QStringLiteral("storage.full"));
        CHECK(e.message().contains(QStringLiteral("พื้นที่ดิสก์เต็ม")));
    }
    CHECK(sql::scalar(c, QStringLiteral("SELECT value FROM settings WHERE key = 'kept'")).toString() ==
          QStringLiteral("yes"));
    CHECK_FALSE(sql::scalar(c, QStringLiteral("SELECT 1 FROM settings WHERE key = 'big'")).isValid());
}
