#include "widgets/TableSetup.h"

#include "widgets/TableCsvExport.h"

#include <QHeaderView>
#include <QTableView>
#include <QTableWidgetItem>

namespace thanrak::ui {

void fitRowHeight(QTableView* table) {
    // Thai fonts' line height already leaves room for a vowel and a tone mark
    // stacked above the consonant and a vowel below it; a little more keeps
    // them clear of the grid lines.
    const QFontMetrics metrics = table->fontMetrics();
    const int height = metrics.height() + metrics.height() / 4;
    table->verticalHeader()->setMinimumSectionSize(height);
    table->verticalHeader()->setDefaultSectionSize(height);
}

void setUpTable(QTableView* table) {
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    table->setSortingEnabled(true);
    fitRowHeight(table);
    enableCsvExport(table);
}

QTableWidgetItem* readOnlyItem(const QString& text, bool amount) {
    auto* cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (amount)
        cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return cell;
}

}  // namespace thanrak::ui
