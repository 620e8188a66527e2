#pragma once

#include "exchange/BundleImport.h"

#include <QDialog>

class QPushButton;

namespace thanrak::ui {

class ListTable;

// What an import would change, table by table, from its dry run; the user
// then imports (นำเข้า) or leaves the file as it is (ยกเลิก).
class ImportPreviewDialog : public QDialog {
    Q_OBJECT

public:
    explicit ImportPreviewDialog(const ImportSummary& summary, QWidget* parent = nullptr);

    ListTable* table() const { return table_; }
    QPushButton* importButton() const { return import_; }

private:
    ListTable* table_;
    QPushButton* import_;
};

// "เพิ่ม 12 แก้ไข 3 เหมือนเดิม 400 ขัดแย้ง 1 ลบ 0"
QString importCountsText(const TableImportCounts& counts);
// "2 ธ.ค. 2569 07:40" in local time; empty for an invalid time.
QString thaiDateTime(const QDateTime& utc);

}  // namespace thanrak::ui
