#include "storage/Database.h"

#include "base/Ids.h"
#include "storage/DatabaseFile.h"
#include "storage/Migrator.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"
#include "storage/ThaiSqlCollation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

QString nextConnectionName() {
    static std::atomic<int> counter{0};
    return QStringLiteral("thanrak-%1").arg(++counter);
}

void refuseByHeader(const QString& path, const DatabaseFileHeader& header) {
    const QString name = QFileInfo(path).fileName();
    if (!header.exists)
        throw StorageError(QStringLiteral("storage.missing"), Text::tr("ไม่พบไฟล์ %1").arg(name));
    if (!header.sqlite)
        throw StorageError(QStringLiteral("storage.not_sqlite"),
                           Text::tr("ไฟล์ %1 ไม่ใช่ไฟล์ฐานข้อมูล จึงไม่ได้เปิด และไม่ได้แก้ไขไฟล์นี้").arg(name));
    if (header.applicationId != kThanrakApplicationId)
        throw StorageError(QStringLiteral("storage.not_thanrak"),
                           Text::tr("ไฟล์ %1 เป็นฐานข้อมูลของโปรแกรมอื่น ไม่ใช่ของฐานราก "
                                    "จึงไม่ได้เปิด และไม่ได้แก้ไขไฟล์นี้")
                               .arg(name));
    if (header.userVersion > static_cast<quint32>(latestSchemaVersion()))
        throw StorageError(QStringLiteral("storage.newer"),
                           Text::tr("ไฟล์ %1 บันทึกด้วยฐานรากรุ่นที่ใหม่กว่า (โครงสร้างรุ่น %2 "
                                    "แต่โปรแกรมนี้รู้จักถึงรุ่น %3) กรุณาปรับปรุงโปรแกรมก่อนเปิดไฟล์นี้ "
                                    "ไฟล์ยังไม่ถูกแก้ไข")
                               .arg(name)
                               .arg(header.userVersion)
                               .arg(latestSchemaVersion()));
}
}  // namespace

Database::Database(QString path) : path_(std::move(path)), connectionName_(nextConnectionName()) {}

Database::~Database() {
    db_.close();
    db_ = QSqlDatabase();
    QSqlDatabase::removeDatabase(connectionName_);
}

std::unique_ptr<Database> Database::create(const QString& path, int schemaVersion) {
    if (QFileInfo::exists(path))
        throw StorageError(QStringLiteral("storage.exists"),
                           Text::tr("มีไฟล์ %1 อยู่แล้ว กรุณาเลือกชื่อไฟล์ใหม่ หรือใช้คำสั่งเปิดไฟล์")
                               .arg(QFileInfo(path).fileName()));
    std::unique_ptr<Database> database(new Database(path));
    try {
        database->connect();
        sql::run(database->db_,
                 QStringLiteral("PRAGMA application_id = %1").arg(kThanrakApplicationId));
        database->configure();
        migrateDatabase(database->db_, schemaVersion > 0 ? schemaVersion : latestSchemaVersion());
        sql::run(database->db_, QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
                 {QStringLiteral("installation_id"), newUuid()});
    } catch (...) {
        // A half-made file would later be refused as damaged; remove it so
        // the user can simply try again.
        database.reset();
        for (const char* suffix : {"", "-wal", "-shm"}) QFile::remove(path + QLatin1String(suffix));
        throw;
    }
    return database;
}

std::unique_ptr<Database> Database::open(const QString& path) {
    refuseByHeader(path, readDatabaseFileHeader(path));
    std::unique_ptr<Database> database(new Database(path));
    database->connect();
    database->verifyReadable();
    database->configure();
    database->upgradeIfNeeded();
    return database;
}

void Database::connect() {
    db_ = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName_);
    db_.setDatabaseName(path_);
    if (!db_.open())
        throw StorageError::fromSql(db_.lastError(), Text::tr("การเปิดไฟล์ฐานข้อมูล"));
}

// The header said "Thanrak", but a damaged schema page or a newer version
// committed in the WAL only shows once SQLite reads the file.
void Database::verifyReadable() {
    QSqlQuery query(db_);
    const bool readable =
        query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && query.next();
    if (!readable)
        throw StorageError(QStringLiteral("storage.corrupt"),
                           Text::tr("ไฟล์ %1 เสียหาย อ่านโครงสร้างฐานข้อมูลไม่ได้ (%2) จึงไม่ได้เปิด "
                                    "กรุณาใช้ไฟล์สำรองล่าสุด")
                               .arg(QFileInfo(path_).fileName(), query.lastError().text()));
    DatabaseFileHeader header;
    header.exists = header.sqlite = true;
    header.applicationId = sql::scalar(db_, QStringLiteral("PRAGMA application_id")).toUInt();
    header.userVersion = static_cast<quint32>(readUserVersion(db_));
    refuseByHeader(path_, header);
}

void Database::configure() {
    // FULL sync makes each committed action survive a power cut, which matters
    // more here than write speed.
    sql::run(db_, QStringLiteral("PRAGMA journal_mode = WAL"));
    sql::run(db_, QStringLiteral("PRAGMA synchronous = FULL"));
    sql::run(db_, QStringLiteral("PRAGMA foreign_keys = ON"));
    sql::run(db_, QStringLiteral("PRAGMA busy_timeout = 5000"));
    // A district file grows to hundreds of megabytes; 32 MB of page cache
    // (SQLite's default is 2 MB) keeps a meeting's index pages in memory.
    sql::run(db_, QStringLiteral("PRAGMA cache_size = -32768"));
    registerThaiCollation(db_);
}

void Database::upgradeIfNeeded() {
    const int from = readUserVersion(db_);
    if (from >= latestSchemaVersion())
        return;
    const QString quick = sql::scalar(db_, QStringLiteral("PRAGMA quick_check")).toString();
    if (quick != QStringLiteral("ok"))
        throw StorageError(
            QStringLiteral("storage.corrupt"),
            Text::tr("ไฟล์ %1 เสียหาย (%2) จึงไม่ได้ปรับรุ่นไฟล์").arg(QFileInfo(path_).fileName(), quick));
    const QFileInfo info(path_);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    backupPath_ = info.dir().filePath(QStringLiteral("%1.before-v%2-%3.thanrak")
                                          .arg(info.completeBaseName())
                                          .arg(latestSchemaVersion())
                                          .arg(stamp));
    QSqlQuery backup(db_);
    backup.prepare(QStringLiteral("VACUUM INTO ?"));
    backup.addBindValue(backupPath_);
    if (!backup.exec())
        throw StorageError(QStringLiteral("storage.backup"),
                           Text::tr("ทำสำเนาไฟล์ก่อนปรับรุ่นไม่สำเร็จ (%1) จึงยังไม่ได้ปรับรุ่นไฟล์ "
                                    "ข้อมูลยังเหมือนเดิม")
                               .arg(backup.lastError().text()));
    migrateDatabase(db_, latestSchemaVersion());
}

int Database::schemaVersion() {
    return readUserVersion(db_);
}

QString Database::installationId() {
    return sql::scalar(db_, QStringLiteral("SELECT value FROM settings WHERE key = ?"),
                       {QStringLiteral("installation_id")})
        .toString();
}

IntegrityReport Database::check() {
    IntegrityReport report;
    report.schemaVersion = schemaVersion();
    report.latestVersion = latestSchemaVersion();
    QSqlQuery integrity = sql::run(db_, QStringLiteral("PRAGMA integrity_check"));
    while (integrity.next()) {
        const QString line = integrity.value(0).toString();
        if (line != QStringLiteral("ok"))
            report.problems << Text::tr("โครงสร้างไฟล์: %1").arg(line);
    }
    QSqlQuery foreignKeys = sql::run(db_, QStringLiteral("PRAGMA foreign_key_check"));
    while (foreignKeys.next())
        report.problems << Text::tr("ตาราง %1 แถวที่ %2 อ้างถึงข้อมูลที่ไม่มีในตาราง %3")
                               .arg(foreignKeys.value(0).toString())
                               .arg(foreignKeys.value(1).toLongLong())
                               .arg(foreignKeys.value(2).toString());
    if (report.schemaVersion != report.latestVersion)
        report.problems << Text::tr("รุ่นโครงสร้างไฟล์ %1 ไม่ตรงกับรุ่นของโปรแกรม %2")
                               .arg(report.schemaVersion)
                               .arg(report.latestVersion);
    report.ok = report.problems.isEmpty();
    return report;
}

}  // namespace thanrak
