#include "otop/ProducersTab.h"

#include "base/Error.h"
#include "otop/ProducerDialog.h"
#include "otop/ProducerRepository.h"
#include "widgets/ListTable.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace thanrak::ui {

ProducersTab::ProducersTab(Database& database, QWidget* parent)
    : QWidget(parent),
      db_(database),
      search_(new QLineEdit(this)),
      table_(new ListTable({tr("ผู้ผลิต"), tr("ตำบล"), tr("หมู่บ้าน"), tr("ผลิตภัณฑ์"), tr("โทรศัพท์"),
                            tr("ประเภท"), tr("สมาชิก"), tr("เลขทะเบียน"), tr("เชื่อมกับ")},
                           {0}, this)),
      add_(new QPushButton(tr("ลงทะเบียนผู้ผลิต…"), this)),
      edit_(new QPushButton(tr("แก้ไข…"), this)),
      remove_(new QPushButton(tr("ลบ"), this)) {
    table_->setObjectName(QStringLiteral("producersTable"));
    add_->setObjectName(QStringLiteral("addProducer"));
    search_->setPlaceholderText(tr("ค้นหาชื่อผู้ผลิตหรือเลขทะเบียน"));
    search_->setClearButtonEnabled(true);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {add_, edit_, remove_}) buttons->addWidget(b);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(search_);
    layout->addWidget(table_, 1);
    layout->addLayout(buttons);
    connect(search_, &QLineEdit::textChanged, this, &ProducersTab::fill);
    connect(add_, &QPushButton::clicked, this, &ProducersTab::add);
    connect(edit_, &QPushButton::clicked, this, &ProducersTab::edit);
    connect(remove_, &QPushButton::clicked, this, &ProducersTab::remove);
    connect(table_, &QAbstractItemView::doubleClicked, this, &ProducersTab::edit);
}

void ProducersTab::reload(const QString& subdistrictCode) {
    subdistrictCode_ = subdistrictCode;
    fill();
}

void ProducersTab::fill() {
    table_->clearRows();
    for (const ProducerRow& row : ProducerRepository(db_).list({subdistrictCode_, search_->text()})) {
        const OtopProducer& p = row.producer;
        ListCell name = ListCell::of(p.name);
        name.data = p.id;
        table_->addRow({name, ListCell::of(row.subdistrictName), ListCell::of(row.villageLabel),
                        ListCell::number(row.products), ListCell::of(p.phone),
                        ListCell::of(producerTypeLabel(p.type)), ListCell::number(p.memberCount),
                        ListCell::of(p.registrationNo), ListCell::of(row.linkedName)});
    }
}

void ProducersTab::add() {
    ProducerDialog dialog(db_, OtopProducer{}, this);
    if (dialog.exec() != QDialog::Accepted) return;
    fill();
    emit changed();
}

void ProducersTab::edit() {
    const QString id = table_->currentData().toString();
    if (id.isEmpty()) return;
    const std::optional<OtopProducer> producer = ProducerRepository(db_).find(id);
    if (!producer) return;
    ProducerDialog dialog(db_, *producer, this);
    if (dialog.exec() != QDialog::Accepted) return;
    fill();
    emit changed();
}

void ProducersTab::remove() {
    const QString id = table_->currentData().toString();
    if (id.isEmpty()) return;
    if (QMessageBox::question(this, tr("ลบผู้ผลิต"), tr("ลบผู้ผลิตที่เลือกหรือไม่")) != QMessageBox::Yes)
        return;
    try {
        ProducerRepository(db_).remove(id);
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("ลบไม่ได้"), e.message());
        return;
    }
    fill();
    emit changed();
}

}  // namespace thanrak::ui
