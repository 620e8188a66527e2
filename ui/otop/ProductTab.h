#pragma once

#include "otop/ProductRepository.h"

#include <QWidget>

#include <optional>

namespace thanrak {
class Database;
}

namespace thanrak::ui {

// One tab of the chosen product's panel (details, certificates, ratings,
// sales). `changed` tells the page that the list around it should be read
// again (a new rating changes the stars it shows).
class ProductTab : public QWidget {
    Q_OBJECT

public:
    ProductTab(Database& database, QWidget* parent) : QWidget(parent), db_(database) {}

    // No product: the tab empties and its buttons go off.
    virtual void showProduct(const std::optional<ProductRow>& product, int year) = 0;

signals:
    void changed();

protected:
    Database& db_;
};

}  // namespace thanrak::ui
