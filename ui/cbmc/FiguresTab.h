#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

class ListTable;

// ตัวเลข: what the version's canvas expects for a year (revenue of block 5,
// cost of block 9, profit) beside what happened in a chosen year: the OTOP
// sales of the plan's products and, when the organisation keeps books here,
// its income and expenses.
class FiguresTab : public QWidget {
    Q_OBJECT

public:
    FiguresTab(Database& database, QWidget* parent = nullptr);

    void showVersion(const QString& planId, const QString& versionId);
    QComboBox* yearBox() const { return year_; }
    ListTable* table() const { return table_; }

private:
    void fill();

    Database& db_;
    QString planId_;
    QString versionId_;
    QComboBox* year_;
    ListTable* table_;
    ListTable* products_;
    QLabel* note_;
};

}  // namespace thanrak::ui
