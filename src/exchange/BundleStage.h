#pragma once

#include "exchange/BundleManifest.h"
#include "exchange/ExchangeProgress.h"
#include "exchange/ExchangeTables.h"

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

namespace thanrak {

// A bundle read into a private staging database attached to the connection
// as "stage": one table per exchanged table with the same columns plus the
// CSV row number (_row) and the decision made about the row (_action), and
// stage.tombstones. Staging keeps memory flat whatever the bundle's size and
// lets every check be a query. Nothing in the main file is touched. The
// staging file is detached and removed when the object dies.
class BundleStage {
public:
    explicit BundleStage(QSqlDatabase& db);
    ~BundleStage();
    BundleStage(const BundleStage&) = delete;
    BundleStage& operator=(const BundleStage&) = delete;

    // Opens the zip, checks the manifest, the list of files, each file's
    // header, every cell, row counts and SHA-256 sums, and stages the rows.
    // Throws ExchangeError listing the problems (file, row, column).
    void load(const QString& zipPath, int latestSchema, const ExchangeProgress& progress);

    const BundleManifest& manifest() const { return manifest_; }
    const QList<ExchangeTable>& tables() const { return tables_; }

private:
    QSqlDatabase& db_;
    QTemporaryDir dir_;
    bool attached_ = false;
    BundleManifest manifest_;
    QList<ExchangeTable> tables_;
};

// The columns of the tombstones list, as an exchange table for reading.
ExchangeTable tombstonesTable();

}  // namespace thanrak
