#include "organisations/CommitteeDialog.h"

#include "domain/CommitteeRepository.h"
#include "organisations/CommitteeTableModel.h"
#include "organisations/CommitteeTermDialog.h"
#include "widgets/ColumnFitter.h"
#include "widgets/TableSetup.h"
#include "widgets/ThaiSortProxy.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace thanrak::ui {

CommitteeDialog::CommitteeDialog(Database& database, Organisation organisation, QWidget* parent)
    : QDialog(parent),
      db_(database),
      organisation_(std::move(organisation)),
      model_(new CommitteeTableModel(this)),
      table_(new QTableView(this)),
      allTerms_(new QCheckBox(tr("แสดงทุกวาระ รวมวาระที่หมดแล้ว"), this)) {
    setWindowTitle(tr("คณะกรรมการ — %1").arg(organisation_.name));
    auto* proxy = new ThaiSortProxy(this);
    proxy->setSourceModel(model_);
    table_->setModel(proxy);
    setUpTable(table_);
    fitColumns(table_, {CommitteeTableModel::Name, CommitteeTableModel::CommitteeName});
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* add = buttons->addButton(tr("เพิ่มกรรมการ (Insert)"), QDialogButtonBox::ActionRole);
    add->setShortcut(Qt::Key_Insert);
    add->setAutoDefault(false);
    buttons->addButton(tr("ปิด (Esc)"), QDialogButtonBox::RejectRole);
    connect(add, &QPushButton::clicked, this, &CommitteeDialog::addTerm);
    connect(buttons, &QDialogButtonBox::rejected, this, &CommitteeDialog::reject);
    connect(allTerms_, &QCheckBox::toggled, this, &CommitteeDialog::reload);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(organisation_.name, this));
    layout->addWidget(table_, 1);
    layout->addWidget(allTerms_);
    layout->addWidget(buttons);
    reload();
    // Most of the main window, never more than the screen.
    resize(parent ? parent->window()->size() * 4 / 5 : QSize(1000, 600));
}

void CommitteeDialog::reload() {
    const QDate day = allTerms_->isChecked() ? QDate() : QDate::currentDate();
    model_->setTerms(CommitteeRepository(db_).terms(organisation_.id, day));
}

void CommitteeDialog::addTerm() {
    CommitteeTermDialog dialog(db_, organisation_, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

}  // namespace thanrak::ui
