#pragma once

#include <QStringList>
#include <QTableView>
#include <QVariant>

class QStandardItemModel;

namespace thanrak {
class Money;
}

namespace thanrak::ui {

class ThaiSortProxy;

// One cell of a read-only list: what it shows, what it sorts by, and whether
// it is an amount (right-aligned) or a warning (shown in red).
struct ListCell {
    QString text;
    QVariant sortKey;  // defaults to the text
    bool amount = false;
    bool warning = false;
    QVariant data;  // kept under Qt::UserRole of the row's first cell

    static ListCell of(const QString& text);
    static ListCell money(Money amount);
    static ListCell number(qint64 value);
    static ListCell date(const QDate& day);  // B.E., short
};

// A read-only table the core fills row by row: the shared look (setUpTable),
// Thai sorting, optional text search, and columns fitted to their contents.
class ListTable : public QTableView {
    Q_OBJECT

public:
    ListTable(const QStringList& headers, QList<int> flexibleColumns, QWidget* parent = nullptr);

    void clearRows();
    // New column titles (and no rows), for a list whose columns come from a file.
    void setHeaders(const QStringList& headers);
    void addRow(const QList<ListCell>& cells);
    int rows() const;
    // The text of a cell in view order (after sorting and searching).
    QString cellText(int viewRow, int column) const;
    // The data of the current row's first cell (ListCell::data), or null.
    QVariant currentData() const;
    // Makes current the row whose first cell carries `key` (ListCell::data);
    // false, and nothing changes, when no row does or `key` is empty.
    bool selectData(const QString& key);
    // Shows only the rows with `text` in any column.
    void setSearchText(const QString& text);

private:
    QStandardItemModel* model_;
    ThaiSortProxy* proxy_;
};

}  // namespace thanrak::ui
