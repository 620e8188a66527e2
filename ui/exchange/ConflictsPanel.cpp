#include "exchange/ConflictsPanel.h"

#include "exchange/ExchangeError.h"
#include "exchange/ImportPreviewDialog.h"
#include "widgets/ActionRow.h"
#include "widgets/ListTable.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace thanrak::ui {

ConflictsPanel::ConflictsPanel(Database& database, QWidget* parent)
    : QWidget(parent),
      db_(database),
      table_(new ListTable({tr("ข้อมูล"), tr("รายการ"), tr("ที่ต่างกัน"), tr("พบเมื่อ"), tr("จากไฟล์")}, {2}, this)),
      detail_(new QLabel(this)),
      take_(new QPushButton(tr("ใช้ข้อมูลที่เข้ามา"), this)),
      keep_(new QPushButton(tr("เก็บข้อมูลในไฟล์นี้"), this)),
      outcome_(new QLabel(this)) {
    table_->setObjectName(QStringLiteral("conflictTable"));
    take_->setObjectName(QStringLiteral("conflictTake"));
    keep_->setObjectName(QStringLiteral("conflictKeep"));
    detail_->setWordWrap(true);
    detail_->setTextFormat(Qt::PlainText);
    take_->setToolTip(tr("แทนข้อมูลในไฟล์นี้ด้วยข้อมูลจากชุดข้อมูลที่นำเข้า"));
    keep_->setToolTip(tr("เก็บข้อมูลในไฟล์นี้ไว้ และส่งกลับไปในชุดข้อมูลครั้งหน้า"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table_, 1);
    layout->addWidget(detail_);
    layout->addWidget(actionRow(this, {take_, keep_}, outcome_));
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ConflictsPanel::showCurrent);
    connect(take_, &QPushButton::clicked, this, [this] { decide(ConflictChoice::TakeIncoming); });
    connect(keep_, &QPushButton::clicked, this, [this] { decide(ConflictChoice::KeepLocal); });
}

void ConflictsPanel::reload() {
    conflicts_ = openConflicts(db_);
    table_->clearRows();
    for (int i = 0; i < conflicts_.size(); ++i) {
        const ExchangeConflict& c = conflicts_.at(i);
        QStringList fields;
        for (const FieldDifference& difference : c.differences)
            fields << difference.column;
        ListCell first = ListCell::of(c.tableTitle);
        first.data = i;
        table_->addRow({first, ListCell::of(c.record),
                        ListCell::of(c.deletion ? tr("ต้นทางลบรายการนี้") : fields.join(QStringLiteral(", "))),
                        ListCell::of(thaiDateTime(c.foundAt)), ListCell::of(c.fromFile)});
    }
    if (table_->rows() > 0)
        table_->selectRow(0);
    showCurrent();
}

void ConflictsPanel::showCurrent() {
    const QVariant index = table_->currentData();
    const bool chosen = index.isValid() && index.toInt() < conflicts_.size();
    take_->setEnabled(chosen && conflicts_.at(index.toInt()).changeable);
    keep_->setEnabled(chosen);
    if (!chosen) {
        detail_->setText(conflicts_.isEmpty() ? tr("ไม่มีรายการขัดแย้ง") : QString());
        return;
    }
    const ExchangeConflict& c = conflicts_.at(index.toInt());
    QStringList lines{tr("%1: %2").arg(c.tableTitle, c.record)};
    if (c.deletion)
        lines << tr("ต้นทางลบรายการนี้ แต่ในไฟล์นี้มีการแก้ไขภายหลัง");
    for (const FieldDifference& d : c.differences)
        lines << tr("• %1 — ในไฟล์นี้: %2 | ที่เข้ามา: %3").arg(d.column, d.local, d.incoming);
    if (!c.changeable)
        lines << tr("รายการนี้บันทึกบัญชีแล้ว จึงเก็บได้เฉพาะของในไฟล์นี้");
    detail_->setText(lines.join(QLatin1Char('\n')));
}

void ConflictsPanel::decide(ConflictChoice choice) {
    const QVariant index = table_->currentData();
    if (!index.isValid() || index.toInt() >= conflicts_.size())
        return;
    try {
        resolveConflict(db_, conflicts_.at(index.toInt()).id, choice);
        outcome_->setStyleSheet(QString());
        outcome_->setText(choice == ConflictChoice::TakeIncoming ? tr("ใช้ข้อมูลที่เข้ามาแล้ว")
                                                                 : tr("เก็บข้อมูลในไฟล์นี้แล้ว"));
    } catch (const ExchangeError& error) {
        outcome_->setStyleSheet(QStringLiteral("color: #b00020;"));
        outcome_->setText(error.message());
    }
    outcome_->show();
    reload();
    emit decided();
}

}  // namespace thanrak::ui
