#pragma once

#include "otop/ProductTab.h"

class QPushButton;

namespace thanrak::ui {

class ListTable;

// The product's Product Champion history, newest round first: the three
// parts, the total, the stars under that round's thresholds, the OTOP mark.
class ProductRatingsTab : public ProductTab {
    Q_OBJECT

public:
    ProductRatingsTab(Database& database, QWidget* parent = nullptr);
    void showProduct(const std::optional<ProductRow>& product, int year) override;

private:
    void rate();
    void remove();

    std::optional<ProductRow> product_;
    int year_ = 0;
    ListTable* table_;
    QPushButton* rate_;
    QPushButton* remove_;
};

}  // namespace thanrak::ui
