#pragma once

#include "exchange/ExchangeProgress.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace thanrak {

class Database;

// What an import did (or, in a dry run, would do) to one table's rows.
struct TableImportCounts {
    QString table;
    qint64 incoming = 0;
    qint64 added = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;   // the same here already
    qint64 keptLocal = 0;   // the copy here is the newer edit
    qint64 conflicts = 0;   // changed on both sides: kept here for the user to decide
    qint64 deletedHere = 0; // deleted here after the incoming edit: stays deleted
    qint64 deleted = 0;     // removed here by an incoming deletion

    qint64 changes() const { return added + updated + deleted; }
    // Rows left as they are here: the same, newer here, or deleted here.
    qint64 leftAsIs() const { return unchanged + keptLocal + deletedHere; }
};

struct ImportSummary {
    QString bundleId;
    QString sourceInstallation;
    QString sourceName;
    QString exportedAt;
    QStringList organisationCodes;
    bool dryRun = false;
    QString alreadyImportedAt;  // when this same bundle was imported before, or empty
    QList<TableImportCounts> tables;

    TableImportCounts totals() const;
};

struct ImportOptions {
    bool dryRun = false;
    // When set, the bundle must be this one (the one previewed); a file
    // replaced between preview and import is refused.
    QString expectedBundleId = {};
};

// Imports a bundle (docs/bundles.md): everything is checked first (manifest,
// checksums, every cell, references, unique values), then written in one
// transaction. Rows new here are added; an edited row takes the newer edit by
// its update time; a row changed on both sides since the last bundle from the
// same installation is kept as it is here and recorded as a conflict; a
// deletion (tombstone) removes the row here unless it was edited here after.
// Rows that never change (posted ledger entries, receipts, schedules) are
// only ever added. A dry run does all of it and rolls back.
// Throws ExchangeError; the file is then exactly as it was.
ImportSummary importBundle(Database& database, const QString& zipPath, const ImportOptions& options = {},
                           const ExchangeProgress& progress = {});

}  // namespace thanrak
