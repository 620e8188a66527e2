#include "exchange/ImportPreviewDialog.h"

#include "exchange/ExchangeRecords.h"
#include "thai/ThaiDate.h"
#include "widgets/ListTable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace thanrak::ui {

QString importCountsText(const TableImportCounts& counts) {
    const QLocale grouped(QLocale::English, QLocale::UnitedStates);  // 85,687
    return QCoreApplication::translate("ImportPreviewDialog", "เพิ่ม %1 แก้ไข %2 เหมือนเดิม %3 ขัดแย้ง %4 ลบ %5")
        .arg(grouped.toString(counts.added), grouped.toString(counts.updated),
             grouped.toString(counts.leftAsIs()),
             grouped.toString(counts.conflicts), grouped.toString(counts.deleted));
}

QString thaiDateTime(const QDateTime& utc) {
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    return formatThaiDate(local.date(), ThaiDateStyle::Short) + QLatin1Char(' ') +
           local.time().toString(QStringLiteral("HH:mm"));
}

ImportPreviewDialog::ImportPreviewDialog(const ImportSummary& summary, QWidget* parent)
    : QDialog(parent),
      table_(new ListTable({tr("ข้อมูล"), tr("เข้ามา"), tr("เพิ่ม"), tr("แก้ไข"), tr("เหมือนเดิม"),
                            tr("ขัดแย้ง"), tr("ลบ")},
                           {0}, this)),
      import_(new QPushButton(tr("นำเข้า"), this)) {
    setObjectName(QStringLiteral("importPreviewDialog"));
    table_->setObjectName(QStringLiteral("importPreviewTable"));
    setWindowTitle(tr("ตรวจชุดข้อมูลก่อนนำเข้า"));
    QDateTime exported = QDateTime::fromString(summary.exportedAt, Qt::ISODateWithMs);
    exported.setTimeZone(QTimeZone::utc());
    QString text = tr("ชุดข้อมูลจากไฟล์ %1 ส่งออกเมื่อ %2 มี %3 องค์กร ตรวจทุกแถวแล้ว ไม่พบปัญหา")
                       .arg(summary.sourceName, thaiDateTime(exported))
                       .arg(summary.organisationCodes.size());
    if (!summary.alreadyImportedAt.isEmpty())
        text += QLatin1Char('\n') + tr("ชุดข้อมูลนี้เคยนำเข้าแล้ว นำเข้าซ้ำจะไม่มีอะไรเปลี่ยน");
    const TableImportCounts totals = summary.totals();
    if (totals.conflicts > 0)
        text += QLatin1Char('\n') + tr("มี %1 รายการที่แก้ไขทั้งสองที่ ระบบจะเก็บของในไฟล์นี้ไว้ "
                                       "แล้วให้ท่านตัดสินที่แท็บ \"รายการขัดแย้ง\"")
                                        .arg(totals.conflicts);
    auto* heading = new QLabel(text, this);
    heading->setWordWrap(true);
    for (const TableImportCounts& row : summary.tables) {
        if (row.incoming == 0 && row.deleted == 0 && row.conflicts == 0)
            continue;
        table_->addRow({ListCell::of(exchangeTableTitle(row.table)), ListCell::number(row.incoming),
                        ListCell::number(row.added), ListCell::number(row.updated),
                        ListCell::number(row.leftAsIs()),
                        ListCell::number(row.conflicts), ListCell::number(row.deleted)});
    }
    auto* total = new QLabel(tr("รวม: %1").arg(importCountsText(totals)), this);
    total->setObjectName(QStringLiteral("importPreviewTotals"));
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(import_, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel)->setText(tr("ยกเลิก"));
    import_->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(table_, 1);
    layout->addWidget(total);
    layout->addWidget(buttons);
    resize(940, 560);
}

}  // namespace thanrak::ui
