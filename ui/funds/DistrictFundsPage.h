#pragma once

#include "fund/FundOverview.h"
#include "shell/ModulePage.h"

class QLabel;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

class ListTable;
class PlaceFilterBar;
class ThaiDateEdit;

// ภาพรวมกองทุนหมู่บ้าน: for the district office, every village fund with what
// its pools hold, its loans outstanding, the share in arrears and its latest
// grade, narrowed to one tambon with the place filter.
class DistrictFundsPage : public ModulePage {
    Q_OBJECT

public:
    enum Column {
        Subdistrict,
        Fund,  // by its village
        Members,
        Held,
        Outstanding,
        Overdue,
        OverdueShare,
        Grade,
        ColumnCount
    };

    explicit DistrictFundsPage(Database& database, QWidget* parent = nullptr);

    QString title() const override;
    void refresh() override;

    ListTable* table() const { return table_; }
    PlaceFilterBar* places() const { return places_; }
    QLabel* totals() const { return totals_; }

private:
    void reload();

    Database& db_;
    PlaceFilterBar* places_;
    ThaiDateEdit* asOf_;
    ListTable* table_;
    QLabel* totals_;
};

}  // namespace thanrak::ui
