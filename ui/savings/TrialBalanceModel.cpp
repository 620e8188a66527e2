#include "savings/TrialBalanceModel.h"

#include "money/MoneyFormat.h"

#include <QFont>

namespace thanrak::ui {

void TrialBalanceModel::setTrialBalance(TrialBalance trialBalance) {
    beginResetModel();
    trialBalance_ = std::move(trialBalance);
    endResetModel();
}

int TrialBalanceModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : totalsRow() + 1;
}

int TrialBalanceModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrialBalanceModel::display(int row, int column) const {
    if (row == totalsRow()) {
        switch (column) {
            case Name:
                return tr("รวม");
            case Debit:
                return formatMoney(trialBalance_.totalDebit);
            case Credit:
                return formatMoney(trialBalance_.totalCredit);
            default:
                return {};
        }
    }
    const TrialBalanceRow& r = trialBalance_.rows.at(row);
    switch (column) {
        case Code:
            return r.account.code;
        case Name:
            return r.account.name;
        case Debit:
            return formatMoney(r.debit);
        case Credit:
            return formatMoney(r.credit);
        case Balance:
            return formatMoney(r.balance);
    }
    return {};
}

QVariant TrialBalanceModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() > totalsRow())
        return {};
    switch (role) {
        case Qt::DisplayRole:
            return display(index.row(), index.column());
        case Qt::TextAlignmentRole:
            if (index.column() == Code || index.column() == Name)
                return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::FontRole:
            if (index.row() == totalsRow()) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return {};
        default:
            return {};
    }
}

QVariant TrialBalanceModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            (section == Code || section == Name ? Qt::AlignLeft : Qt::AlignRight) |
            Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
        case Code:
            return tr("รหัส");
        case Name:
            return tr("ชื่อบัญชี");
        case Debit:
            return tr("เดบิต");
        case Credit:
            return tr("เครดิต");
        case Balance:
            return tr("ยอดคงเหลือ");
    }
    return {};
}

}  // namespace thanrak::ui
