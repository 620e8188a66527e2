#pragma once

#include <QTableView>

namespace thanrak::ui {

// A table for typing amounts with the keyboard only: the cursor visits the
// editable cells alone, row by row; Tab and Enter both accept the amount and
// go to the next one, Shift+Tab goes back; typing replaces the amount shown,
// which starts as what is due. The model's flags say which cells are editable.
class EntryTable : public QTableView {
    Q_OBJECT

public:
    explicit EntryTable(QWidget* parent = nullptr);

    // The first editable cell, made current and opened for typing.
    void startEntry();

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QModelIndex editableFrom(const QModelIndex& start, int step) const;
    bool isEditable(const QModelIndex& index) const;
};

}  // namespace thanrak::ui
