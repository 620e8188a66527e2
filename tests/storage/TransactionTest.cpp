#include "support/CatchQt.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "support/TempDir.h"

using namespace thanrak;

namespace {
int settingsCount(Database& db) {
    return sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM settings")).toInt();
}
void addSetting(Database& db, const char* key) {
    sql::run(db.connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES (?, 'v')"),
             {QLatin1String(key)});
}
}  // namespace

TEST_CASE("an action that fails halfway leaves nothing behind") {
    test::TempDir dir;
    auto db = Database::create(dir.path(QStringLiteral("tx.thanrak")));
    const int before = settingsCount(*db);
    try {
        Transaction t(db->connection());
        addSetting(*db, "a");
        addSetting(*db, "a");  // duplicate key: fails
        t.commit();
    } catch (const std::exception&) {
    }
    CHECK(settingsCount(*db) == before);
}

TEST_CASE("a nested transaction is a savepoint inside the outer one") {
    test::TempDir dir;
    auto db = Database::create(dir.path(QStringLiteral("nested.thanrak")));
    const int before = settingsCount(*db);
    {
        Transaction outer(db->connection());
        addSetting(*db, "outer");
        {
            Transaction inner(db->connection());
            addSetting(*db, "inner-dropped");
        }  // not committed: only the inner work is undone
        {
            Transaction inner(db->connection());
            addSetting(*db, "inner-kept");
            inner.commit();
        }
        outer.commit();
    }
    CHECK(settingsCount(*db) == before + 2);
    {
        Transaction outer(db->connection());
        addSetting(*db, "lost");
        Transaction inner(db->connection());
        addSetting(*db, "lost-too");
        inner.commit();
    }  // the outer one was never committed
    CHECK(settingsCount(*db) == before + 2);
}
