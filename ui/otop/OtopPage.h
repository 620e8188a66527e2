#pragma once

#include "shell/ModulePage.h"

class QComboBox;
class QTabWidget;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

class ExpiryTab;
class OtopOverviewTab;
class PlaceFilterBar;
class ProducersTab;
class ProductsTab;

// ผลิตภัณฑ์ OTOP: the district's producers and products, each product's
// certificates, Product Champion stars and sales, the certificates running
// out, and the district's figures as charts. A tambon filter and a year
// (B.E.) at the top apply to every tab.
class OtopPage : public ModulePage {
    Q_OBJECT

public:
    explicit OtopPage(Database& database, QWidget* parent = nullptr);

    QString title() const override;
    void refresh() override;

    // Opens the list of certificates running out (from the window's notice).
    void showExpiring();
    // Opens a product's card.
    void showProduct(const QString& productId);

    QTabWidget* tabs() const { return tabs_; }
    ProductsTab* products() const { return products_; }
    ProducersTab* producers() const { return producers_; }
    OtopOverviewTab* overview() const { return overview_; }
    ExpiryTab* expiry() const { return expiry_; }
    QComboBox* yearBox() const { return year_; }

    // Builds the product sheet (the report system's product-sheet) and
    // shows it in the print preview.
    void printProductSheet(const QString& productId);

private:
    int year() const;
    void reloadAll();

    Database& db_;
    PlaceFilterBar* places_;
    QComboBox* year_;
    QTabWidget* tabs_;
    ProductsTab* products_;
    ProducersTab* producers_;
    OtopOverviewTab* overview_;
    ExpiryTab* expiry_;
};

}  // namespace thanrak::ui
