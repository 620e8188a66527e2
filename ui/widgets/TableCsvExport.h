#pragma once

#include <QString>

class QTableView;

namespace thanrak::ui {

// Every list in Thanrak can go to Excel: right-click → ส่งออกตารางนี้เป็น CSV…,
// or Ctrl+Shift+E while the list has the focus. The file holds what the list
// shows, in the order shown (sorted, searched), with hidden columns left out.
void enableCsvExport(QTableView* table);

// Writes the list to `path` without asking; throws thanrak::Error.
void saveTableAsCsv(const QTableView* table, const QString& path);

}  // namespace thanrak::ui
