#pragma once

#include "otop/OtopSummary.h"

class QChartView;
class QWidget;

namespace thanrak::ui {

// Charts of the OTOP figures, drawn with Qt Charts. Amounts become baht as
// floating point only here, to place bars on an axis; every figure a user
// reads as a number comes from the core's exact sums.

// A bar per month, stacked by channel; channels with no sales in the year
// are left out of the legend.
QChartView* salesByMonthChart(const SalesGrid& grid, QWidget* parent);
// A bar per category, stacked by stars (not yet rated, 1 to 5 stars).
QChartView* productsByCategoryChart(const DistrictOtopSummary& summary, QWidget* parent);

// Redraws an existing view with new figures.
void showSalesByMonth(QChartView* view, const SalesGrid& grid);
void showProductsByCategory(QChartView* view, const DistrictOtopSummary& summary);

}  // namespace thanrak::ui
