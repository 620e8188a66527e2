#include "widgets/TableCsvExport.h"

#include "base/Error.h"
#include "exchange/TableCsv.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QTableView>

namespace thanrak::ui {

namespace {
ScreenTable screenTable(const QTableView* view) {
    ScreenTable table;
    const QAbstractItemModel* model = view->model();
    if (!model)
        return table;
    QList<int> columns;
    const QHeaderView* header = view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (view->isColumnHidden(column))
            continue;
        columns << column;
        table.header << model->headerData(column, Qt::Horizontal).toString().replace(QLatin1Char('\n'), QLatin1Char(' '));
        table.amountColumns << false;
    }
    for (int row = 0; row < model->rowCount(); ++row) {
        if (view->isRowHidden(row))
            continue;
        QStringList cells;
        for (int i = 0; i < columns.size(); ++i) {
            const QModelIndex index = model->index(row, columns.at(i));
            cells << index.data(Qt::DisplayRole).toString();
            const int align = index.data(Qt::TextAlignmentRole).toInt();
            if ((align & Qt::AlignRight) && !cells.last().isEmpty())
                table.amountColumns[i] = true;
        }
        table.rows << cells;
    }
    return table;
}

void askAndSave(QTableView* view) {
    const QString path = QFileDialog::getSaveFileName(
        view, QCoreApplication::translate("TableCsvExport", "ส่งออกตารางเป็น CSV"),
        QDir::home().filePath(QCoreApplication::translate("TableCsvExport", "ตาราง.csv")),
        QCoreApplication::translate("TableCsvExport", "ไฟล์ CSV สำหรับ Excel (*.csv)"));
    if (path.isEmpty())
        return;
    try {
        saveTableAsCsv(view, path);
    } catch (const Error& error) {
        QMessageBox::warning(view, QCoreApplication::translate("TableCsvExport", "ส่งออกไม่ได้"), error.message());
    }
}
}  // namespace

void saveTableAsCsv(const QTableView* table, const QString& path) {
    saveExcelCsv(path, screenTable(table));
}

void enableCsvExport(QTableView* table) {
    auto* action = new QAction(QCoreApplication::translate("TableCsvExport", "ส่งออกตารางนี้เป็น CSV…"), table);
    action->setObjectName(QStringLiteral("exportTableCsv"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    table->addAction(action);
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    QObject::connect(action, &QAction::triggered, table, [table] { askAndSave(table); });
}

}  // namespace thanrak::ui
