#pragma once

#include "otop/ProductRepository.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

class ListTable;
class ProductTab;

// The district's products on the left (filtered by tambon, category and
// text), and the chosen product on the right: its card, certificates,
// Product Champion history and sales.
class ProductsTab : public QWidget {
    Q_OBJECT

public:
    ProductsTab(Database& database, QWidget* parent = nullptr);

    void reload(const QString& subdistrictCode, int year);
    // Selects a product by id (after adding one, or from the expiry list).
    void select(const QString& productId);
    QString currentProductId() const;

    ListTable* table() const { return table_; }
    QTabWidget* panel() const { return panel_; }
    ProductTab* tab(int index) const { return tabs_.value(index); }

signals:
    // Something was saved: the other tabs and charts should be read again.
    void changed();
    void printRequested(const QString& productId);

private:
    void addProduct();
    void removeProduct();
    void showCurrent();
    void fill();

    Database& db_;
    QString subdistrictCode_;
    int year_ = 0;
    QComboBox* category_;
    QLineEdit* search_;
    ListTable* table_;
    QTabWidget* panel_;
    QList<ProductTab*> tabs_;
    QPushButton* add_;
    QPushButton* remove_;
    QPushButton* print_;
};

}  // namespace thanrak::ui
