#pragma once

#include <QWidget>

class QChartView;
class QLabel;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

class ListTable;

// The district at a glance for the chosen year: products by category and
// stars, sales by month and channel, and a line per tambon.
class OtopOverviewTab : public QWidget {
    Q_OBJECT

public:
    OtopOverviewTab(Database& database, QWidget* parent = nullptr);
    void reload(const QString& subdistrictCode, int year);
    ListTable* tambons() const { return tambons_; }
    QLabel* totals() const { return totals_; }

private:
    Database& db_;
    QChartView* categories_;
    QChartView* sales_;
    ListTable* tambons_;
    QLabel* totals_;
};

}  // namespace thanrak::ui
