#pragma once

#include "otop/ProductTab.h"

class QChartView;
class QLabel;
class QPushButton;

namespace thanrak::ui {

class ListTable;

// A product's year of sales: a row per month, a column per channel that
// sold, the year's target beside what was sold, and the same as a chart.
class ProductSalesTab : public ProductTab {
    Q_OBJECT

public:
    ProductSalesTab(Database& database, QWidget* parent = nullptr);
    void showProduct(const std::optional<ProductRow>& product, int year) override;

private:
    void enterMonth();
    void setTarget();
    void addChannel();

    std::optional<ProductRow> product_;
    int year_ = 0;
    ListTable* table_;
    QLabel* plan_;
    QChartView* chart_;
    QPushButton* month_;
    QPushButton* target_;
    QPushButton* channel_;
};

}  // namespace thanrak::ui
