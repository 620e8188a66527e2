#pragma once

#include "exchange/ExchangeProgress.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace thanrak {

class Database;

// What to export: the given organisations (by id) with the people, places and
// books they use; an empty list means the whole file.
struct ExportScope {
    QStringList organisationIds;
};

struct ExportSummary {
    QString bundleId;
    int organisations = 0;
    QList<QPair<QString, qint64>> rowsByTable;  // table name, rows written
    qint64 totalRows = 0;
    qint64 tombstones = 0;
    qint64 zipBytes = 0;
};

// Writes a bundle: one CSV per table and tombstones.csv inside a zip, with
// manifest.json (docs/bundles.md). The zip is written beside `zipPath` and
// moved into place only when complete, so a full disk or a cancel never
// leaves a half bundle under the chosen name. Throws ExchangeError.
ExportSummary exportBundle(Database& database, const ExportScope& scope, const QString& zipPath,
                           const ExchangeProgress& progress = {});

// The ids of the organisations of a tambon (6 digits) or a village (8 digits).
QStringList organisationsInPlace(Database& database, const QString& placeCode);

}  // namespace thanrak
