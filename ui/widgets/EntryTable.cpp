#include "widgets/EntryTable.h"

#include "widgets/TableCsvExport.h"

#include <QKeyEvent>

namespace thanrak::ui {

EntryTable::EntryTable(QWidget* parent) : QTableView(parent) {
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::CurrentChanged | QAbstractItemView::AnyKeyPressed |
                    QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    setTabKeyNavigation(true);
    enableCsvExport(this);
}

void EntryTable::startEntry() {
    const QModelIndex first = editableFrom(model() ? model()->index(0, 0) : QModelIndex(), 1);
    if (!first.isValid())
        return;
    setFocus();
    setCurrentIndex(first);  // opens the editor: CurrentChanged is an edit trigger
    if (state() != EditingState)
        edit(first);
}

bool EntryTable::isEditable(const QModelIndex& index) const {
    return index.isValid() && (index.flags() & Qt::ItemIsEditable);
}

// The first editable cell at or after `start` (step 1) or at or before it
// (step −1), reading row by row.
QModelIndex EntryTable::editableFrom(const QModelIndex& start, int step) const {
    if (!model() || !start.isValid())
        return {};
    const int columns = model()->columnCount();
    int position = start.row() * columns + start.column();
    const int end = model()->rowCount() * columns;
    for (; position >= 0 && position < end; position += step) {
        const QModelIndex index = model()->index(position / columns, position % columns);
        if (isEditable(index))
            return index;
    }
    return {};
}

QModelIndex EntryTable::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) {
    const QModelIndex current = currentIndex();
    if (!model() || !current.isValid() ||
        (cursorAction != MoveNext && cursorAction != MovePrevious))
        return QTableView::moveCursor(cursorAction, modifiers);
    const int step = cursorAction == MoveNext ? 1 : -1;
    const int columns = model()->columnCount();
    const int position = current.row() * columns + current.column() + step;
    if (position < 0 || position >= model()->rowCount() * columns)
        return current;
    const QModelIndex found =
        editableFrom(model()->index(position / columns, position % columns), step);
    return found.isValid() ? found : current;
}

// Enter in an open editor accepts the amount like Tab does: on to the next cell.
void EntryTable::closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) {
    if (hint == QAbstractItemDelegate::SubmitModelCache)
        hint = QAbstractItemDelegate::EditNextItem;
    QTableView::closeEditor(editor, hint);
}

void EntryTable::keyPressEvent(QKeyEvent* event) {
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        state() != EditingState) {
        const QModelIndex next = moveCursor(MoveNext, event->modifiers());
        if (next.isValid())
            setCurrentIndex(next);
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

}  // namespace thanrak::ui
