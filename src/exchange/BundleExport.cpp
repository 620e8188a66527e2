#include "exchange/BundleExport.h"

#include "base/Ids.h"
#include "base/Version.h"
#include "exchange/BundleManifest.h"
#include "exchange/CellCodec.h"
#include "exchange/CsvStream.h"
#include "exchange/ExchangeError.h"
#include "exchange/ExchangeTables.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <filesystem>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Exchange)
};

constexpr qsizetype kFlushBytes = 1 << 20;

[[noreturn]] void writeFailed(const QString& zipPath) {
    throw ExchangeError(QStringLiteral("bundle.write"),
                        Text::tr("บันทึกชุดข้อมูล %1 ไม่ได้ (ดิสก์อาจเต็ม หรือไม่มีสิทธิ์เขียนโฟลเดอร์นี้) "
                                 "ไม่มีไฟล์ใดถูกแทนที่")
                            .arg(QFileInfo(zipPath).fileName()));
}

// The spouses of the people chosen, and the villages the chosen
// organisations and people live in.
void addSpousesAndVillages(QSqlDatabase& db) {
    sql::run(db, QStringLiteral("INSERT OR IGNORE INTO x_people SELECT spouse_person_id FROM people "
                                "WHERE id IN (SELECT id FROM x_people) AND spouse_person_id IS NOT NULL"));
    sql::run(db, QStringLiteral(
                     "INSERT OR IGNORE INTO x_villages SELECT village_code FROM organisations WHERE id "
                     "IN (SELECT id FROM x_orgs) UNION SELECT village_code FROM people WHERE id IN "
                     "(SELECT id FROM x_people) AND village_code IS NOT NULL"));
}

// The rows to export, chosen once into temporary tables the scope
// conditions read.
void chooseRows(QSqlDatabase& db, const ExportScope& scope) {
    for (const char* table : {"x_orgs", "x_people", "x_villages", "x_producers"})
        sql::run(db, QStringLiteral("DROP TABLE IF EXISTS temp.%1").arg(QLatin1String(table)));
    sql::run(db, QStringLiteral("CREATE TEMP TABLE x_orgs (id TEXT PRIMARY KEY)"));
    sql::run(db, QStringLiteral("CREATE TEMP TABLE x_people (id TEXT PRIMARY KEY)"));
    sql::run(db, QStringLiteral("CREATE TEMP TABLE x_villages (code TEXT PRIMARY KEY)"));
    sql::run(db, QStringLiteral("CREATE TEMP TABLE x_producers (id TEXT PRIMARY KEY)"));
    if (scope.organisationIds.isEmpty()) {
        sql::run(db, QStringLiteral("INSERT INTO x_orgs SELECT id FROM organisations"));
        sql::run(db, QStringLiteral("INSERT INTO x_people SELECT id FROM people"));
        sql::run(db, QStringLiteral("INSERT INTO x_villages SELECT code FROM villages"));
        sql::run(db, QStringLiteral("INSERT INTO x_producers SELECT id FROM otop_producers"));
        return;
    }
    for (const QString& id : scope.organisationIds)
        sql::run(db, QStringLiteral("INSERT OR IGNORE INTO x_orgs SELECT id FROM organisations WHERE id = ?"),
                 {id});
    sql::run(db, QStringLiteral(
                     "INSERT OR IGNORE INTO x_people SELECT person_id FROM memberships WHERE "
                     "organisation_id IN (SELECT id FROM x_orgs) UNION SELECT person_id FROM "
                     "committee_terms WHERE organisation_id IN (SELECT id FROM x_orgs)"));
    addSpousesAndVillages(db);
    // OTOP producers of those organisations, and those of those villages
    // that belong to no organisation: a group's producer travels only with
    // its organisation, whose books stay out of a bundle that did not choose
    // it. Chosen once, before their owners' villages join.
    sql::run(db, QStringLiteral("INSERT INTO x_producers SELECT id FROM otop_producers WHERE organisation_id IN "
                                "(SELECT id FROM x_orgs) OR (organisation_id IS NULL AND village_code IN "
                                "(SELECT code FROM x_villages))"));
    sql::run(db, QStringLiteral("INSERT OR IGNORE INTO x_people SELECT person_id FROM otop_producers WHERE "
                                "id IN (SELECT id FROM x_producers) AND person_id IS NOT NULL"));
    sql::run(db, QStringLiteral("INSERT OR IGNORE INTO x_villages SELECT village_code FROM otop_producers "
                                "WHERE id IN (SELECT id FROM x_producers)"));
    // The people a plan names as responsible for a capacity-building item.
    sql::run(db, QStringLiteral("INSERT OR IGNORE INTO x_people SELECT person_id FROM business_plan_ksnb WHERE "
                                "person_id IS NOT NULL AND plan_id IN (SELECT id FROM business_plans WHERE "
                                "organisation_id IN (SELECT id FROM x_orgs))"));
    addSpousesAndVillages(db);
}

struct ZipWriter {
    QuaZip& zip;
    const QString& zipPath;

    // Writes one CSV into the zip, hashing and counting as it goes.
    BundleFile write(const QString& name, const QStringList& header, QSqlQuery& rows,
                     const QList<ColumnKind>& kinds) {
        QuaZipFile out(&zip);
        if (!out.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            writeFailed(zipPath);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        BundleFile file;
        file.name = name;
        file.columns = header;
        QByteArray buffer;
        QList<std::optional<QByteArray>> fields;
        for (const QString& column : header)
            fields << column.toUtf8();
        appendCsvRecord(buffer, fields);
        auto flush = [&] {
            hash.addData(buffer);
            file.bytes += buffer.size();
            if (out.write(buffer) != buffer.size())
                writeFailed(zipPath);
            buffer.clear();
        };
        while (rows.next()) {
            fields.clear();
            for (int i = 0; i < kinds.size(); ++i)
                fields << encodeCell(rows.value(i), kinds.at(i));
            appendCsvRecord(buffer, fields);
            ++file.rows;
            if (buffer.size() >= kFlushBytes)
                flush();
        }
        flush();
        out.close();
        if (out.getZipError() != 0)
            writeFailed(zipPath);
        file.sha256 = QString::fromLatin1(hash.result().toHex());
        return file;
    }
};

void writeText(QuaZip& zip, const QString& name, const QByteArray& bytes, const QString& zipPath) {
    QuaZipFile out(&zip);
    if (!out.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) || out.write(bytes) != bytes.size())
        writeFailed(zipPath);
    out.close();
    if (out.getZipError() != 0)
        writeFailed(zipPath);
}
}  // namespace

QStringList organisationsInPlace(Database& database, const QString& placeCode) {
    QStringList ids;
    QSqlQuery query = sql::run(database.connection(),
                               QStringLiteral("SELECT id FROM organisations WHERE substr(village_code, 1, "
                                              "length(?)) = ? ORDER BY code"),
                               {placeCode, placeCode});
    while (query.next())
        ids << query.value(0).toString();
    return ids;
}

ExportSummary exportBundle(Database& database, const ExportScope& scope, const QString& zipPath,
                           const ExchangeProgress& progress) {
    QSqlDatabase& db = database.connection();
    const QList<ExchangeTable> tables = describeExchangeTables(db);
    // One transaction: every file of the bundle reads the same moment of the
    // books, even if another window posts meanwhile.
    Transaction transaction(db);
    chooseRows(db, scope);

    BundleManifest manifest;
    manifest.schemaVersion = database.schemaVersion();
    manifest.bundleId = newUuid();
    manifest.sourceInstallation = database.installationId();
    manifest.sourceName = QFileInfo(database.path()).fileName();
    manifest.exportedAt = nowUtc();
    manifest.programVersion = programVersion();
    {
        QSqlQuery codes = sql::run(
            db, QStringLiteral("SELECT code FROM organisations WHERE id IN (SELECT id FROM temp.x_orgs) "
                               "ORDER BY code"));
        while (codes.next())
            manifest.organisationCodes << codes.value(0).toString();
    }

    const QString partPath = zipPath + QStringLiteral(".part");
    QFile::remove(partPath);
    ExportSummary summary;
    summary.bundleId = manifest.bundleId;
    summary.organisations = static_cast<int>(manifest.organisationCodes.size());
    try {
        QuaZip zip(partPath);
        if (!zip.open(QuaZip::mdCreate))
            writeFailed(zipPath);
        ZipWriter writer{zip, zipPath};
        qint64 done = 0;
        for (const ExchangeTable& table : tables) {
            reportProgress(progress, ExchangeDirection::Export, Text::tr("กำลังส่งออก %1").arg(table.name), done,
                           tables.size() + 1);
            QStringList names;
            QList<ColumnKind> kinds;
            for (const ExchangeColumn& column : table.columns) {
                names << column.name;
                kinds << column.kind;
            }
            QSqlQuery rows = sql::run(db, QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                                              .arg(names.join(QStringLiteral(", ")), table.name,
                                                   table.scope));
            BundleFile file = writer.write(table.fileName(), names, rows, kinds);
            file.table = table.name;
            summary.rowsByTable.append({table.name, file.rows});
            summary.totalRows += file.rows;
            manifest.files << file;
            ++done;
        }
        QSqlQuery tombstones = sql::run(
            db, QStringLiteral("SELECT table_name, row_key, deleted_at FROM tombstones ORDER BY table_name, "
                               "row_key"));
        const BundleFile deleted =
            writer.write(tombstonesFileName(),
                         {QStringLiteral("table_name"), QStringLiteral("row_key"), QStringLiteral("deleted_at")},
                         tombstones, {ColumnKind::Text, ColumnKind::Text, ColumnKind::Timestamp});
        summary.tombstones = deleted.rows;
        manifest.files << deleted;
        writeText(zip, QString::fromLatin1(kManifestName), manifestToJson(manifest), zipPath);
        zip.close();
        if (zip.getZipError() != 0)
            writeFailed(zipPath);
        std::error_code error;
        std::filesystem::rename(partPath.toStdString(), zipPath.toStdString(), error);
        if (error)
            writeFailed(zipPath);
    } catch (...) {
        QFile::remove(partPath);
        throw;
    }
    summary.zipBytes = QFileInfo(zipPath).size();
    const QJsonObject counts{{QStringLiteral("rows"), summary.totalRows},
                             {QStringLiteral("tombstones"), summary.tombstones}};
    sql::run(db,
             QStringLiteral("INSERT OR REPLACE INTO exchange_log (bundle_id, direction, installation_id, "
                            "exported_at, logged_at, file_name, organisations, summary) VALUES "
                            "(?, 'export', ?, ?, ?, ?, ?, ?)"),
             {manifest.bundleId, manifest.sourceInstallation, manifest.exportedAt, nowUtc(),
              QFileInfo(zipPath).fileName(), summary.organisations,
              QString::fromUtf8(QJsonDocument(counts).toJson(QJsonDocument::Compact))});
    transaction.commit();
    return summary;
}

}  // namespace thanrak
