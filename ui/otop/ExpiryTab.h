#pragma once

#include <QWidget>

class QLabel;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

class ListTable;

// Certificates that run out within 90 days, and those already expired, so
// the office can call the producer before a product loses its อย. or มผช.
class ExpiryTab : public QWidget {
    Q_OBJECT

public:
    ExpiryTab(Database& database, QWidget* parent = nullptr);
    void reload(const QString& subdistrictCode);
    ListTable* table() const { return table_; }

signals:
    void productChosen(const QString& productId);

private:
    Database& db_;
    QLabel* heading_;
    ListTable* table_;
};

}  // namespace thanrak::ui
