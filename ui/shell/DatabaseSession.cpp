#include "shell/DatabaseSession.h"

#include "demo/DemoDistrict.h"
#include "domain/ReferenceData.h"
#include "runtime/AppPaths.h"
#include "runtime/RecentFiles.h"
#include "storage/Database.h"

#include <QFile>

#include <spdlog/spdlog.h>

namespace thanrak::ui {

namespace {
void removeFile(const QString& path) {
    for (const char* suffix : {"", "-wal", "-shm"}) QFile::remove(path + QLatin1String(suffix));
}

// Makes a new file and fills it with `fill`; a file that could not be filled is
// ours, half made, and is removed again.
template <typename Fill>
std::unique_ptr<Database> createFilled(const QString& path, Fill fill) {
    std::unique_ptr<Database> database = Database::create(path);
    try {
        installReferenceData(*database);
        fill(*database);
    } catch (...) {
        database.reset();
        removeFile(path);
        throw;
    }
    return database;
}
}  // namespace

DatabaseSession::DatabaseSession() = default;
DatabaseSession::~DatabaseSession() = default;

QString DatabaseSession::path() const {
    return database_ ? database_->path() : QString();
}

void DatabaseSession::adopt(std::unique_ptr<Database> database) {
    database_ = std::move(database);
    RecentFiles().add(database_->path());
    spdlog::info("file opened, schema version {}", database_->schemaVersion());
    emit changed();
}

void DatabaseSession::open(const QString& path) {
    adopt(Database::open(path));
}

void DatabaseSession::create(const QString& path) {
    adopt(createFilled(path, [](Database&) {}));
}

void DatabaseSession::openDemo() {
    const QString path = demoDatabasePath();
    if (QFile::exists(path)) {
        open(path);
        return;
    }
    adopt(createFilled(path, [](Database& database) { createDemoDistrict(database); }));
}

void DatabaseSession::close() {
    if (!database_)
        return;
    database_.reset();
    emit changed();
}

}  // namespace thanrak::ui
