#pragma once

#include "exchange/BundleImport.h"
#include "exchange/ExchangeProgress.h"
#include "exchange/ExchangeTables.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The steps of an import between reading the bundle into the staging tables
// and writing (used by importBundle; each works on stage.* with SQL).
namespace thanrak::bundleplan {

// A table as far as this bundle goes: the columns its file brought.
struct StagedTable {
    const ExchangeTable* table = nullptr;
    QStringList columns;  // present in the bundle's file, in table order

    QString keyMatch(const QString& local, const QString& incoming) const;
    QString rowKey(const QString& alias) const;
    QString jsonOf(const QString& alias) const;
};

// Rows made independently in both files (same national ID) take the key
// they have here, and so do the references to them in the bundle.
void mergeNaturalKeys(QSqlDatabase& db, const QList<StagedTable>& tables);

// Keys repeated in the bundle, references to rows that exist neither in the
// bundle nor here, values that must be unique and belong to another row here,
// tombstones of tables that cannot delete. Throws ExchangeError with places.
// `progress` hears of each table (and may cancel: "exchange.cancelled").
void checkStaged(QSqlDatabase& db, const QList<StagedTable>& tables, const ExchangeProgress& progress);

// Marks every staged row and tombstone with what to do (see BundleImport.h),
// given the time of the last bundle from the same installation (or empty)
// and that installation's id (an edit of a record it has not seen in this
// file's version is a conflict).
void decide(QSqlDatabase& db, const QList<StagedTable>& tables, const QString& base,
            const QString& source, const ExchangeProgress& progress);

// Counts the decisions per table.
QList<TableImportCounts> countDecisions(QSqlDatabase& db, const QList<StagedTable>& tables);

}  // namespace thanrak::bundleplan
