#pragma once

class QAbstractItemView;
class QTableView;
class QTableWidgetItem;
class QString;

namespace thanrak::ui {

// The look every list in Thanrak shares: whole-row selection, rows tall enough
// for Thai marks above and below the line, no row numbers, sortable headers
// that start in the order the core gave, and export to CSV (TableCsvExport.h).
void setUpTable(QTableView* table);

// A cell the user reads but does not edit; amounts right-aligned.
QTableWidgetItem* readOnlyItem(const QString& text, bool amount = false);

// Rows tall enough for the view's current font (call again after a font change).
void fitRowHeight(QTableView* table);

}  // namespace thanrak::ui
