#pragma once

#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace thanrak {

// One numbered schema step. `apply` runs inside a transaction that also sets
// PRAGMA user_version, so a step is either wholly done or not at all, and an
// interrupted upgrade simply runs again from the last finished step.
struct Migration {
    int version;
    QString description;
    void (*apply)(QSqlDatabase&);
};

const std::vector<Migration>& allMigrations();
int latestSchemaVersion();

// Upgrades `db` from its current user_version to `target`, one version at a
// time. Throws StorageError and leaves the failed step rolled back.
void migrateDatabase(QSqlDatabase& db, int target);

int readUserVersion(QSqlDatabase& db);

}  // namespace thanrak
