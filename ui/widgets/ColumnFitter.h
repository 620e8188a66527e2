#pragma once

#include <QList>
#include <QObject>

class QTableView;

namespace thanrak::ui {

// Keeps a table's columns as wide as their contents while that fits the view.
// When it does not, the `flexible` columns (long names) give up room in
// proportion to their width and are shortened with "…"; when there is room to
// spare the first flexible column takes it. Re-fits when the rows change and
// when the view is resized. Owned by the table.
class ColumnFitter : public QObject {
    Q_OBJECT

public:
    ColumnFitter(QTableView* table, QList<int> flexible);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void measure();
    // Rows arrive one at a time: measure once, when the event loop is back.
    void measureSoon();
    void fit();

    QTableView* table_;
    QList<int> flexible_;
    QList<int> natural_;
    bool pending_ = false;
};

// Attaches a ColumnFitter to `table` (whose model must be set).
void fitColumns(QTableView* table, const QList<int>& flexible);

}  // namespace thanrak::ui
