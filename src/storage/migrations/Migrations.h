#pragma once

#include <QSqlDatabase>

// Each numbered schema step lives in its own file; a released step is never
// edited again, a change is a new step.
namespace thanrak::migrations {

void applyPlaces(QSqlDatabase& db);
void applyOrganisations(QSqlDatabase& db);
void applyLedger(QSqlDatabase& db);
void applySavings(QSqlDatabase& db);
void applyAllocationRuns(QSqlDatabase& db);
void applyVillageFunds(QSqlDatabase& db);
void applyReportSettings(QSqlDatabase& db);
void applyExchange(QSqlDatabase& db);
void applyOtop(QSqlDatabase& db);
void applyBusinessPlans(QSqlDatabase& db);

}  // namespace thanrak::migrations
