#include "storage/Migrator.h"

#include "base/Ids.h"
#include "base/Version.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"
#include "storage/migrations/Migrations.h"

#include <QCoreApplication>

namespace thanrak {

const std::vector<Migration>& allMigrations() {
    static const std::vector<Migration> list = {
        {1, QStringLiteral("places, settings and schema log"), &migrations::applyPlaces},
        {2, QStringLiteral("organisations, people, memberships and committees"),
         &migrations::applyOrganisations},
        {3, QStringLiteral("ledger: accounts, journal entries and lines, closed months"),
         &migrations::applyLedger},
        {4,
         QStringLiteral("savings groups: rules, loan products, pledges, beneficiaries, loans, "
                        "receipts and meetings"),
         &migrations::applySavings},
        {5, QStringLiteral("year-end allocation runs: heads and member lines, final once posted"),
         &migrations::applyAllocationRuns},
        {6,
         QStringLiteral("village funds: capital pools, loan rounds, bank statements and "
                        "grades; share and fee receipt lines"),
         &migrations::applyVillageFunds},
        {7, QStringLiteral("report settings: an organisation's logo and signatories"),
         &migrations::applyReportSettings},
        {8,
         QStringLiteral("data exchange: tombstones of deleted rows, the bundles exchanged, "
                        "conflicts to decide and when each organisation's data last arrived"),
         &migrations::applyExchange},
        {9,
         QStringLiteral("OTOP: producers, products with photos, certificates, Product Champion "
                        "rounds and ratings, sales channels, monthly sales and yearly targets"),
         &migrations::applyOtop},
        {10,
         QStringLiteral("community business plans: canvas versions with their cards and links, "
                        "products covered, KSNB items, the four steps and their attachments"),
         &migrations::applyBusinessPlans},
    };
    return list;
}

int latestSchemaVersion() {
    return allMigrations().back().version;
}

int readUserVersion(QSqlDatabase& db) {
    return sql::scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
}

void migrateDatabase(QSqlDatabase& db, int target) {
    for (const Migration& step : allMigrations()) {
        if (step.version > target || step.version <= readUserVersion(db))
            continue;
        Transaction transaction(db);
        step.apply(db);
        sql::run(db,
                 QStringLiteral("INSERT INTO schema_log (version, description, applied_at, "
                                "app_version) VALUES (?, ?, ?, ?)"),
                 {step.version, step.description, nowUtc(), programVersion()});
        // PRAGMA cannot take a bound parameter; the value is our own integer.
        sql::run(db, QStringLiteral("PRAGMA user_version = %1").arg(step.version));
        transaction.commit();
    }
}

}  // namespace thanrak
