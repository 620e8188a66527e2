#include "cbmc/PlanFigures.h"

#include "cbmc/CanvasRepository.h"
#include "cbmc/PlanRepository.h"
#include "ledger/ChartOfAccounts.h"
#include "otop/OtopSummary.h"
#include "otop/ProductRepository.h"
#include "savings/YearEndLedger.h"

namespace thanrak {

CanvasFigures canvasFigures(const QList<CanvasItem>& items) {
    CanvasFigures figures;
    for (const CanvasItem& item : items) {
        if (!item.amount)
            continue;
        if (item.block == CanvasBlock::RevenueStreams)
            figures.revenue += *item.amount;
        if (item.block == CanvasBlock::CostStructure)
            figures.cost += *item.amount;
    }
    return figures;
}

CanvasFigures expectedFigures(Database& database, const QString& versionId) {
    return canvasFigures(CanvasRepository(database).items(versionId));
}

PlanActuals planActuals(Database& database, const QString& planId, int year) {
    PlanActuals actuals;
    actuals.year = year;
    PlanRepository plans(database);
    const std::optional<BusinessPlanRow> plan = plans.find(planId);
    if (!plan)
        return actuals;
    ProductRepository productRepository(database);
    for (const QString& productId : plans.products(planId)) {
        const SalesGrid grid = salesGrid(database, year, OtopScope{{}, {}, productId});
        const std::optional<ProductRow> product = productRepository.find(productId);
        actuals.products.append({productId, product ? product->product.name : QString(),
                                 grid.total(), grid.totalQuantity()});
        actuals.productSales += grid.total();
    }
    const QString organisationId = plan->plan.organisationId;
    actuals.keepsBooks = !ChartOfAccounts(database).accounts(organisationId).isEmpty();
    if (!actuals.keepsBooks)
        return actuals;
    // The same year's figures the income statement (งบรายได้ค่าใช้จ่าย) shows.
    for (const YearAccountTotal& total :
         YearEndLedger(database).profitAndLoss(organisationId, year))
        (total.account.type == AccountType::Income ? actuals.bookIncome : actuals.bookExpense) +=
            total.amount;
    return actuals;
}

}  // namespace thanrak
