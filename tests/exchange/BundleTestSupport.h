#pragma once

#include "exchange/BundleExport.h"
#include "exchange/BundleImport.h"
#include "exchange/ExchangeError.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace thanrak::test {

// A new empty file with the shipped provinces and districts, as a district
// office or a second village PC starts.
std::unique_ptr<Database> emptyFile(const QString& path);

// SHA-256 over every row of every table: equal fingerprints mean the file's
// content did not change at all.
QByteArray fingerprint(Database& database);

// Rows of every exchanged table that differ between `database` and the file
// at `otherPath`, as "table: n" (empty when both hold exactly the same rows).
// Provinces and districts are left out: each file ships its own copy.
QStringList differences(Database& database, const QString& otherPath);

// The entries of a zip, and a zip written from entries.
QMap<QString, QByteArray> readZip(const QString& path);
void writeZip(const QString& path, const QMap<QString, QByteArray>& entries);

// Changes one CSV of a bundle. With `reseal`, the manifest's SHA-256, size
// and row count are made to match again (as a careless tool would), so the
// rows themselves are what the import must refuse.
void editBundle(const QString& path, const QString& file, const std::function<QByteArray(QByteArray)>& edit,
                bool reseal = true);

// The first column of the first row of `statement` as a number (a count).
qint64 count(Database& database, const QString& statement);

// One table's line of an import summary (fails the test when absent), and
// the rows an export wrote for a table (-1 when absent).
const TableImportCounts& counts(const ImportSummary& summary, const char* table);
qint64 rowsIn(const ExportSummary& summary, const char* table);

// The thrown ExchangeError of `action`, failing the test if none is thrown.
ExchangeError exchangeError(const std::function<void()>& action);

}  // namespace thanrak::test
