#pragma once

#include "ledger/Balances.h"

#include <QAbstractTableModel>

namespace thanrak::ui {

// งบทดลอง: one row per account that has moved, in code order, then a row of
// the core's totals. Not sortable: a trial balance is read in chart order.
class TrialBalanceModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Code, Name, Debit, Credit, Balance, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setTrialBalance(TrialBalance trialBalance);
    const TrialBalance& trialBalance() const { return trialBalance_; }
    // The row holding the totals (the last one).
    int totalsRow() const { return static_cast<int>(trialBalance_.rows.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant display(int row, int column) const;

    TrialBalance trialBalance_;
};

}  // namespace thanrak::ui
