#pragma once

#include <QList>

class QLabel;
class QPushButton;
class QWidget;

namespace thanrak::ui {

// A row of a tab's action buttons, left-aligned, followed by `outcome`: a
// word-wrapped line, hidden until the tab has something to say about the
// last action ("จ่ายเงินกู้แล้ว สัญญาเลขที่ …").
QWidget* actionRow(QWidget* parent, const QList<QPushButton*>& buttons, QLabel* outcome);

}  // namespace thanrak::ui
