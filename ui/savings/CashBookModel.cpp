#include "savings/CashBookModel.h"

#include "money/MoneyFormat.h"
#include "thai/ThaiDate.h"
#include "widgets/ItemRoles.h"

namespace thanrak::ui {

namespace {
// A blank rather than "0.00", so a receipt row reads as a receipt at a glance.
QString amountText(Money amount) {
    return amount.isZero() ? QString() : formatMoney(amount);
}
}  // namespace

void CashBookModel::setRows(QList<CashBookRow> rows) {
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
}

int CashBookModel::findEntry(int entryNo) const {
    for (int row = 0; row < rows_.size(); ++row)
        if (rows_.at(row).entryNo == entryNo)
            return row;
    return -1;
}

int CashBookModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int CashBookModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CashBookModel::display(const CashBookRow& row, int column) const {
    switch (column) {
        case Date:
            return formatThaiDate(row.date, ThaiDateStyle::Short);
        case EntryNo:
            return QString::number(row.entryNo);
        case Description:
            return row.description;
        case Receipt:
            return amountText(row.receipt);
        case Payment:
            return amountText(row.payment);
        case Balance:
            return formatMoney(row.balance);
    }
    return {};
}

QVariant CashBookModel::sortKey(const CashBookRow& row, int column) const {
    switch (column) {
        case Date:
        case EntryNo:
            // Entry numbers follow posting order; within a day they keep the book's order.
            return QVariant::fromValue(qint64(row.date.toJulianDay()) * 1'000'000 + row.entryNo);
        case Receipt:
            return QVariant::fromValue(row.receipt.satang());
        case Payment:
            return QVariant::fromValue(row.payment.satang());
        case Balance:
            return QVariant::fromValue(row.balance.satang());
        default:
            return display(row, column);
    }
}

QVariant CashBookModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rows_.size())
        return {};
    const CashBookRow& row = rows_.at(index.row());
    switch (role) {
        case Qt::DisplayRole:
            return display(row, index.column());
        case Qt::ToolTipRole:
            return index.column() == Description ? row.description : QVariant();
        case Qt::TextAlignmentRole:
            if (index.column() == Description || index.column() == Date)
                return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        case SortRole:
            return sortKey(row, index.column());
        default:
            return {};
    }
}

QVariant CashBookModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            (section == Description || section == Date ? Qt::AlignLeft : Qt::AlignRight) |
            Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
        case Date:
            return tr("วันที่");
        case EntryNo:
            return tr("เลขที่");
        case Description:
            return tr("รายการ");
        case Receipt:
            return tr("รับ");
        case Payment:
            return tr("จ่าย");
        case Balance:
            return tr("คงเหลือ");
    }
    return {};
}

}  // namespace thanrak::ui
