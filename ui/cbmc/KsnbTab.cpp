#include "cbmc/KsnbTab.h"

#include "cbmc/KsnbDialog.h"
#include "cbmc/KsnbRepository.h"
#include "widgets/ListTable.h"

#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace thanrak::ui {

KsnbTab::KsnbTab(Database& database, QWidget* parent)
    : QWidget(parent),
      db_(database),
      table_(new ListTable({tr("ด้าน"), tr("หัวข้อ"), tr("กิจกรรม"), tr("เริ่ม"), tr("สิ้นสุด"), tr("ผู้รับผิดชอบ"),
                            tr("สถานะ")}, {1, 2}, this)),
      add_(new QPushButton(tr("เพิ่ม…"), this)),
      edit_(new QPushButton(tr("แก้ไข…"), this)),
      remove_(new QPushButton(tr("ลบ"), this)) {
    table_->setObjectName(QStringLiteral("ksnbTable"));
    add_->setObjectName(QStringLiteral("addKsnb"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add_);
    buttons->addWidget(edit_);
    buttons->addWidget(remove_);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table_, 1);
    layout->addLayout(buttons);
    connect(add_, &QPushButton::clicked, this, &KsnbTab::addItem);
    connect(edit_, &QPushButton::clicked, this, &KsnbTab::editItem);
    connect(remove_, &QPushButton::clicked, this, &KsnbTab::removeItem);
    connect(table_, &QAbstractItemView::doubleClicked, this, &KsnbTab::editItem);
}

void KsnbTab::showPlan(const QString& planId) {
    planId_ = planId;
    fill();
}

void KsnbTab::fill() {
    table_->clearRows();
    add_->setEnabled(!planId_.isEmpty());
    if (planId_.isEmpty()) return;
    for (const KsnbItem& k : KsnbRepository(db_).list(planId_)) {
        ListCell kind = ListCell::of(ksnbKindLabel(k.kind));
        kind.data = k.id;
        table_->addRow({kind, ListCell::of(k.topic), ListCell::of(k.activity), ListCell::date(k.startOn),
                        ListCell::date(k.endOn), ListCell::of(k.responsibleLabel()), ListCell::of(ksnbStatusLabel(k.status))});
    }
}

void KsnbTab::addItem() {
    if (planId_.isEmpty()) return;
    KsnbItem item;
    item.planId = planId_;
    KsnbDialog dialog(db_, item, this);
    if (dialog.exec() == QDialog::Accepted) fill();
}

void KsnbTab::editItem() {
    const QString id = table_->currentData().toString();
    if (id.isEmpty()) return;
    for (const KsnbItem& k : KsnbRepository(db_).list(planId_))
        if (k.id == id) {
            KsnbDialog dialog(db_, k, this);
            if (dialog.exec() == QDialog::Accepted) fill();
            return;
        }
}

void KsnbTab::removeItem() {
    const QString id = table_->currentData().toString();
    if (id.isEmpty()) return;
    if (QMessageBox::question(this, tr("ลบ KSNB"), tr("ลบรายการที่เลือกหรือไม่")) != QMessageBox::Yes) return;
    KsnbRepository(db_).remove(id);
    fill();
}

}  // namespace thanrak::ui
