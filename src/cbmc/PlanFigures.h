#pragma once

#include "cbmc/CbmcRecords.h"
#include "money/Money.h"

#include <QList>

namespace thanrak {

class Database;

// What a canvas expects for a year: the sum of its revenue cards (block 5)
// and of its cost cards (block 9). Exact, in satang; cards without an amount
// count as nothing.
struct CanvasFigures {
    Money revenue;
    Money cost;
    Money profit() const { return revenue - cost; }
};
CanvasFigures canvasFigures(const QList<CanvasItem>& items);
CanvasFigures expectedFigures(Database& database, const QString& versionId);

// One covered product's OTOP sales in the year.
struct ProductActual {
    QString productId;
    QString productName;
    Money sales;
    int quantity = 0;
};

// What happened in a calendar year, to put beside what the plan expects: the
// OTOP sales of the products the plan covers and, when the organisation
// keeps books here, its income and expenses as the income statement shows them.
struct PlanActuals {
    int year = 0;
    QList<ProductActual> products;  // every covered product, by name
    Money productSales;
    bool keepsBooks = false;  // the organisation has a chart of accounts
    Money bookIncome;
    Money bookExpense;
    Money bookProfit() const { return bookIncome - bookExpense; }
};
PlanActuals planActuals(Database& database, const QString& planId, int year);

}  // namespace thanrak
