#pragma once

#include "ledger/ChartOfAccounts.h"

namespace thanrak {

// A village fund's chart: the savings-group chart (the same engine) plus the
// risk fund, contract fees and interest paid on outside loans. Each capital
// pool adds its own three accounts when it is opened (PoolService::open).
QList<AccountTemplate> villageFundExtraAccounts();

// Installs the default chart and the fund's extra accounts where missing;
// safe to call again.
void installFundChart(Database& db, const QString& organisationId);

}  // namespace thanrak
