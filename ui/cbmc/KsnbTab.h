#pragma once

#include <QWidget>

class QPushButton;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

class ListTable;

// KSNB: the plan's capacity building (ความรู้, ทักษะ, เครือข่าย, การประกอบการ).
class KsnbTab : public QWidget {
    Q_OBJECT

public:
    KsnbTab(Database& database, QWidget* parent = nullptr);

    void showPlan(const QString& planId);
    ListTable* table() const { return table_; }
    void addItem();
    void editItem();
    void removeItem();

private:
    void fill();

    Database& db_;
    QString planId_;
    ListTable* table_;
    QPushButton* add_;
    QPushButton* edit_;
    QPushButton* remove_;
};

}  // namespace thanrak::ui
