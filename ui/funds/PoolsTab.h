#pragma once

#include "fund/PoolService.h"
#include "savings/GroupTab.h"

class QLabel;
class QPushButton;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

class ListTable;
class ThaiDateEdit;

// แหล่งเงินทุน: each capital pool of the fund with what its bank account holds,
// its capital (or the outside loan still owed) and what it has lent; below,
// the selected pool's movements. Buttons open a pool, take capital in,
// deposit or withdraw cash, and pay an outside lender.
class PoolsTab : public GroupTab {
    Q_OBJECT

public:
    explicit PoolsTab(Database& database, QWidget* parent = nullptr);

    QString title() const override;
    void showOrganisation(const QString& organisationId) override;

    ListTable* poolTable() const { return pools_; }
    ListTable* movementTable() const { return movements_; }
    QLabel* totals() const { return totals_; }
    QPushButton* openButton() const { return open_; }
    QPushButton* capitalButton() const { return capital_; }

    void openPool();
    void moveMoney(PoolMovementKind kind);

private:
    QWidget* buildActions();
    void reload();
    void poolChosen();
    std::optional<PoolBalance> selected() const;

    Database& db_;
    QString organisationId_;
    ThaiDateEdit* asOf_;
    ListTable* pools_;
    ListTable* movements_;
    QLabel* totals_;
    QLabel* schedule_;
    QPushButton* open_;
    QPushButton* capital_;
    QPushButton* deposit_;
    QPushButton* withdraw_;
    QPushButton* repay_;
    QList<PoolBalance> balances_;
};

}  // namespace thanrak::ui
