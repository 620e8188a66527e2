#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

class ListTable;

// เปรียบเทียบรุ่น: two versions of the plan side by side, block by block:
// each card in the first version's column and the second's, with what
// happened to it (only in one, changed, same; the unchanged ones can be
// hidden), and the change in expected revenue, cost and profit.
class CompareTab : public QWidget {
    Q_OBJECT

public:
    CompareTab(Database& database, QWidget* parent = nullptr);

    void showPlan(const QString& planId);
    QComboBox* firstBox() const { return first_; }
    QComboBox* secondBox() const { return second_; }
    ListTable* table() const { return table_; }
    ListTable* figures() const { return figures_; }
    QCheckBox* differencesOnly() const { return differencesOnly_; }

private:
    void fill();

    Database& db_;
    QString planId_;
    QComboBox* first_;
    QComboBox* second_;
    QCheckBox* differencesOnly_;
    ListTable* table_;
    ListTable* figures_;
};

}  // namespace thanrak::ui
