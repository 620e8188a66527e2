#include "exchange/BundleTestSupport.h"

#include "base/Ids.h"
#include "domain/ReferenceData.h"
#include "exchange/ExchangeTables.h"
#include "storage/Sql.h"
#include "support/CatchQt.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace thanrak::test {

std::unique_ptr<Database> emptyFile(const QString& path) {
    std::unique_ptr<Database> database = Database::create(path);
    installReferenceData(*database);
    return database;
}

QByteArray fingerprint(Database& database) {
    QSqlDatabase& db = database.connection();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QStringList tables;
    QSqlQuery names = sql::run(db, QStringLiteral("SELECT name FROM main.sqlite_master WHERE type = 'table' "
                                                  "ORDER BY name"));
    while (names.next())
        tables << names.value(0).toString();
    for (const QString& table : tables) {
        hash.addData(table.toUtf8());
        QSqlQuery rows = sql::run(db, QStringLiteral("SELECT * FROM main.%1 ORDER BY rowid").arg(table));
        while (rows.next()) {
            for (int i = 0; i < rows.record().count(); ++i) {
                hash.addData(rows.value(i).toByteArray());
                hash.addData(QByteArrayView("\x1f", 1));
            }
            hash.addData(QByteArrayView("\x1e", 1));
        }
    }
    return hash.result().toHex();
}

QStringList differences(Database& database, const QString& otherPath) {
    QSqlDatabase& db = database.connection();
    sql::run(db, QStringLiteral("ATTACH DATABASE ? AS other"), {otherPath});
    QStringList found;
    for (const ExchangeTable& table : describeExchangeTables(db)) {
        // Every file ships all provinces and districts, stamped when it was made.
        if (table.name == QLatin1String("provinces") || table.name == QLatin1String("districts"))
            continue;
        const qint64 n =
            sql::scalar(db, QStringLiteral("SELECT (SELECT count(*) FROM (SELECT * FROM main.%1 EXCEPT SELECT * "
                                           "FROM other.%1)) + (SELECT count(*) FROM (SELECT * FROM other.%1 "
                                           "EXCEPT SELECT * FROM main.%1))")
                                .arg(table.name))
                .toLongLong();
        if (n != 0)
            found << QStringLiteral("%1: %2").arg(table.name).arg(n);
    }
    sql::run(db, QStringLiteral("DETACH DATABASE other"));
    return found;
}

QMap<QString, QByteArray> readZip(const QString& path) {
    QMap<QString, QByteArray> entries;
    QuaZip zip(path);
    REQUIRE(zip.open(QuaZip::mdUnzip));
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile in(&zip);
        REQUIRE(in.open(QIODevice::ReadOnly));
        entries.insert(zip.getCurrentFileName(), in.readAll());
    }
    return entries;
}

void writeZip(const QString& path, const QMap<QString, QByteArray>& entries) {
    QFile::remove(path);
    QuaZip zip(path);
    REQUIRE(zip.open(QuaZip::mdCreate));
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        QuaZipFile out(&zip);
        REQUIRE(out.open(QIODevice::WriteOnly, QuaZipNewInfo(it.key())));
        out.write(it.value());
        out.close();
    }
    zip.close();
}

void editBundle(const QString& path, const QString& file, const std::function<QByteArray(QByteArray)>& edit,
                bool reseal) {
    QMap<QString, QByteArray> entries = readZip(path);
    REQUIRE(entries.contains(file));
    const QByteArray changed = edit(entries.value(file));
    entries[file] = changed;
    if (reseal) {
        QJsonObject manifest = QJsonDocument::fromJson(entries.value(QStringLiteral("manifest.json"))).object();
        QJsonArray files = manifest.value(QStringLiteral("files")).toArray();
        for (int i = 0; i < files.size(); ++i) {
            QJsonObject entry = files.at(i).toObject();
            if (entry.value(QStringLiteral("name")).toString() != file)
                continue;
            entry.insert(QStringLiteral("sha256"),
                         QString::fromLatin1(QCryptographicHash::hash(changed, QCryptographicHash::Sha256).toHex()));
            entry.insert(QStringLiteral("bytes"), changed.size());
            entry.insert(QStringLiteral("rows"), changed.count("\r\n") - 1);
            files[i] = entry;
        }
        manifest.insert(QStringLiteral("files"), files);
        entries[QStringLiteral("manifest.json")] = QJsonDocument(manifest).toJson();
    }
    writeZip(path, entries);
}

ExchangeError exchangeError(const std::function<void()>& action) {
    try {
        action();
    } catch (const ExchangeError& error) {
        return error;
    }
    FAIL("no ExchangeError was thrown");
    return ExchangeError(QString(), QString());
}

qint64 count(Database& database, const QString& statement) {
    return sql::scalar(database.connection(), statement).toLongLong();
}

const TableImportCounts& counts(const ImportSummary& summary, const char* table) {
    for (const TableImportCounts& row : summary.tables)
        if (row.table == QLatin1String(table))
            return row;
    FAIL("no such table in the summary");
    return summary.tables.front();
}

qint64 rowsIn(const ExportSummary& summary, const char* table) {
    for (const auto& [name, rows] : summary.rowsByTable)
        if (name == QLatin1String(table))
            return rows;
    return -1;
}

}  // namespace thanrak::test
