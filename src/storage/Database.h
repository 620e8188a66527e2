#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace thanrak {

struct IntegrityReport {
    bool ok = true;
    int schemaVersion = 0;
    int latestVersion = 0;
    QStringList problems;  // Thai sentences, one per problem found
};

// One Thanrak file, opened. Every file is a SQLite database marked with
// Thanrak's application id, in WAL mode with foreign keys on. A file that is
// missing, not SQLite, not Thanrak's, damaged or from a newer version is
// refused with a StorageError before anything is written to it.
class Database {
public:
    // Makes a new file; refuses a path that already exists. `schemaVersion`
    // below the latest is only for testing upgrades.
    static std::unique_ptr<Database> create(const QString& path, int schemaVersion = 0);
    // Opens an existing file, upgrading an older schema after keeping a copy
    // of the file beside it (see backupPath()).
    static std::unique_ptr<Database> open(const QString& path);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase& connection() { return db_; }
    const QString& path() const { return path_; }
    int schemaVersion();
    // The copy made before an upgrade during open(), or empty.
    const QString& backupPath() const { return backupPath_; }
    // A unique id of this installation's file, made when it was created.
    QString installationId();

    // Full integrity and foreign-key check (slow on big files: for the
    // `check` command and the menu item, not for every open).
    IntegrityReport check();

private:
    explicit Database(QString path);
    void connect();
    void verifyReadable();
    void configure();
    void upgradeIfNeeded();

    QString path_;
    QString connectionName_;
    QString backupPath_;
    QSqlDatabase db_;
};

}  // namespace thanrak
