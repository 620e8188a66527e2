#include "widgets/ListTable.h"

#include "money/MoneyFormat.h"
#include "thai/ThaiDate.h"
#include "widgets/ColumnFitter.h"
#include "widgets/ItemRoles.h"
#include "widgets/TableSetup.h"
#include "widgets/ThaiSortProxy.h"

#include <QBrush>
#include <QStandardItemModel>

namespace thanrak::ui {

ListCell ListCell::of(const QString& text) {
    return {text, text, false, false, {}};
}

ListCell ListCell::money(Money amount) {
    return {formatMoney(amount), amount.satang(), true, false, {}};
}

ListCell ListCell::number(qint64 value) {
    return {QString::number(value), value, true, false, {}};
}

ListCell ListCell::date(const QDate& day) {
    return {day.isValid() ? formatThaiDate(day, ThaiDateStyle::Short) : QString(),
            day,
            false,
            false,
            {}};
}

ListTable::ListTable(const QStringList& headers, QList<int> flexibleColumns, QWidget* parent)
    : QTableView(parent),
      model_(new QStandardItemModel(0, static_cast<int>(headers.size()), this)),
      proxy_(new ThaiSortProxy(this)) {
    model_->setHorizontalHeaderLabels(headers);
    proxy_->setSourceModel(model_);
    proxy_->setFilterKeyColumn(-1);
    proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    setModel(proxy_);
    setUpTable(this);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    fitColumns(this, flexibleColumns);
}

void ListTable::clearRows() {
    model_->removeRows(0, model_->rowCount());
}

void ListTable::setHeaders(const QStringList& headers) {
    clearRows();
    model_->setColumnCount(static_cast<int>(headers.size()));
    model_->setHorizontalHeaderLabels(headers);
}

void ListTable::addRow(const QList<ListCell>& cells) {
    QList<QStandardItem*> items;
    for (const ListCell& cell : cells) {
        auto* item = new QStandardItem(cell.text);
        item->setEditable(false);
        item->setData(cell.sortKey.isValid() ? cell.sortKey : QVariant(cell.text), SortRole);
        if (cell.amount)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (cell.warning)
            item->setForeground(QBrush(Qt::darkRed));
        items.append(item);
    }
    if (!items.isEmpty() && !cells.first().data.isNull())
        items.first()->setData(cells.first().data, Qt::UserRole);
    model_->appendRow(items);
}

int ListTable::rows() const {
    return proxy_->rowCount();
}

QString ListTable::cellText(int viewRow, int column) const {
    return proxy_->index(viewRow, column).data().toString();
}

QVariant ListTable::currentData() const {
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return {};
    return proxy_->index(current.row(), 0).data(Qt::UserRole);
}

bool ListTable::selectData(const QString& key) {
    if (key.isEmpty())
        return false;
    for (int row = 0; row < proxy_->rowCount(); ++row) {
        const QModelIndex index = proxy_->index(row, 0);
        if (index.data(Qt::UserRole).toString() == key) {
            setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

void ListTable::setSearchText(const QString& text) {
    proxy_->setFilterFixedString(text.trimmed());
}

}  // namespace thanrak::ui
