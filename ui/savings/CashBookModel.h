#pragma once

#include "ledger/Balances.h"

#include <QAbstractTableModel>

namespace thanrak::ui {

// The rows of the cash book (สมุดเงินสด) as the core summed them: one per
// entry that moved cash, with the running balance after it.
class CashBookModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Date, EntryNo, Description, Receipt, Payment, Balance, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<CashBookRow> rows);
    const CashBookRow& at(int row) const { return rows_.at(row); }
    // The row of entry `entryNo`, or -1.
    int findEntry(int entryNo) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant display(const CashBookRow& row, int column) const;
    QVariant sortKey(const CashBookRow& row, int column) const;

    QList<CashBookRow> rows_;
};

}  // namespace thanrak::ui
