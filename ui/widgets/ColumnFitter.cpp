#include "widgets/ColumnFitter.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>
#include <QTimer>

#include <algorithm>

namespace thanrak::ui {

ColumnFitter::ColumnFitter(QTableView* table, QList<int> flexible)
    : QObject(table), table_(table), flexible_(std::move(flexible)) {
    QHeaderView* header = table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    table->setTextElideMode(Qt::ElideRight);
    table->viewport()->installEventFilter(this);
    connect(table->model(), &QAbstractItemModel::modelReset, this, &ColumnFitter::measure);
    connect(table->model(), &QAbstractItemModel::rowsInserted, this, &ColumnFitter::measureSoon);
    connect(table->model(), &QAbstractItemModel::rowsRemoved, this, &ColumnFitter::measureSoon);
    measure();
}

bool ColumnFitter::eventFilter(QObject* watched, QEvent* event) {
    if (watched == table_->viewport() && event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

void ColumnFitter::measureSoon() {
    if (pending_)
        return;
    pending_ = true;
    QTimer::singleShot(0, this, [this] {
        pending_ = false;
        measure();
    });
}

void ColumnFitter::measure() {
    table_->resizeColumnsToContents();
    natural_.clear();
    for (int column = 0; column < table_->model()->columnCount(); ++column)
        natural_.append(table_->horizontalHeader()->sectionSize(column));
    fit();
}

void ColumnFitter::fit() {
    const int available = table_->viewport()->width();
    int total = 0;
    int flexTotal = 0;
    for (int column = 0; column < natural_.size(); ++column) {
        total += natural_.at(column);
        if (flexible_.contains(column))
            flexTotal += natural_.at(column);
    }
    if (flexTotal == 0 || available <= 0)
        return;
    QHeaderView* header = table_->horizontalHeader();
    const int shortest = table_->fontMetrics().averageCharWidth() * 8;
    const int deficit = total - available;
    for (int column = 0; column < natural_.size(); ++column) {
        int width = natural_.at(column);
        if (flexible_.contains(column) && deficit > 0) {
            // Rounded up, so the columns never end a few pixels too wide.
            const int share = (deficit * width + flexTotal - 1) / flexTotal;
            width = std::max(std::min(shortest, width), width - share);
        } else if (column == flexible_.front() && deficit < 0) {
            width -= deficit;
        }
        header->resizeSection(column, width);
    }
}

void fitColumns(QTableView* table, const QList<int>& flexible) {
    if (!table->findChild<ColumnFitter*>(QString(), Qt::FindDirectChildrenOnly))
        new ColumnFitter(table, flexible);
}

}  // namespace thanrak::ui
