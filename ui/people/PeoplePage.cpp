#include "people/PeoplePage.h"

#include "domain/MembershipRepository.h"
#include "domain/PersonRepository.h"
#include "people/PersonDialog.h"
#include "people/PersonMembershipModel.h"
#include "people/PersonTableModel.h"
#include "widgets/ColumnFitter.h"
#include "widgets/TableSetup.h"
#include "widgets/ThaiSortProxy.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace thanrak::ui {

namespace {
constexpr int kShownAtMost = 500;
}

PeoplePage::PeoplePage(Database& database, QWidget* parent)
    : ModulePage(parent),
      db_(database),
      search_(new QLineEdit(this)),
      count_(new QLabel(this)),
      edit_(nullptr),
      model_(new PersonTableModel(this)),
      proxy_(new ThaiSortProxy(this)),
      table_(new QTableView(this)),
      membershipHeading_(new QLabel(this)),
      membershipModel_(new PersonMembershipModel(this)),
      memberships_(new QTableView(this)) {
    setObjectName(QStringLiteral("peoplePage"));
    proxy_->setSourceModel(model_);
    table_->setObjectName(QStringLiteral("peopleTable"));
    table_->setModel(proxy_);
    setUpTable(table_);
    auto* membershipProxy = new ThaiSortProxy(this);
    membershipProxy->setSourceModel(membershipModel_);
    memberships_->setObjectName(QStringLiteral("personMembershipsTable"));
    memberships_->setModel(membershipProxy);
    setUpTable(memberships_);
    fitColumns(table_, {PersonTableModel::Name, PersonTableModel::Village});
    fitColumns(memberships_, {PersonMembershipModel::Organisation});
    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(membershipHeading_);
    lowerLayout->addWidget(memberships_, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(table_);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({3000, 1000});
    split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildTop());
    layout->addWidget(split, 1);
    connect(search_, &QLineEdit::textChanged, this, [this] { reload(currentId()); });
    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PeoplePage::selectionChanged);
    connect(table_, &QTableView::activated, this, &PeoplePage::editPerson);
    reload({});
}

QString PeoplePage::title() const {
    return tr("บุคคล");
}

QWidget* PeoplePage::buildTop() {
    auto* box = new QWidget(this);
    search_->setObjectName(QStringLiteral("peopleSearch"));
    search_->setPlaceholderText(tr("พิมพ์ชื่อ นามสกุล หรือเลขประจำตัวประชาชน (Ctrl+F)"));
    search_->setClearButtonEnabled(true);
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, search_, [this] {
        search_->setFocus();
        search_->selectAll();
    });
    auto* add = new QPushButton(tr("เพิ่มบุคคล (Insert)"), box);
    add->setObjectName(QStringLiteral("addPersonButton"));
    add->setShortcut(Qt::Key_Insert);
    edit_ = new QPushButton(tr("แก้ไข (F2)"), box);
    edit_->setObjectName(QStringLiteral("editPersonButton"));
    edit_->setShortcut(Qt::Key_F2);
    edit_->setToolTip(tr("หรือกด Enter หรือดับเบิลคลิกที่รายการ"));
    for (QPushButton* button : {add, edit_}) button->setAutoDefault(false);
    connect(add, &QPushButton::clicked, this, &PeoplePage::addPerson);
    connect(edit_, &QPushButton::clicked, this, &PeoplePage::editPerson);
    auto* searchLabel = new QLabel(tr("ค้นหา"), box);
    searchLabel->setBuddy(search_);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(searchLabel);
    row->addWidget(search_, 1);
    row->addWidget(count_);
    row->addSpacing(fontMetrics().averageCharWidth() * 2);
    row->addWidget(add);
    row->addWidget(edit_);
    return box;
}

void PeoplePage::refresh() {
    reload(currentId());
}

void PeoplePage::reload(const QString& keepId) {
    model_->setPeople(PersonRepository(db_).search(search_->text(), kShownAtMost));
    const int found = model_->rowCount();
    count_->setText(found >= kShownAtMost ? tr("แสดง %1 คนแรก").arg(found)
                                          : tr("%1 คน").arg(found));
    // Keep the chosen person; otherwise choose the first, so their memberships show.
    const int row = std::max(model_->findId(keepId), 0);
    if (row < model_->rowCount())
        table_->selectRow(proxy_->mapFromSource(model_->index(row, 0)).row());
    selectionChanged();
}

int PeoplePage::currentRow() const {
    const QModelIndexList rows = table_->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : proxy_->mapToSource(rows.front()).row();
}

QString PeoplePage::currentId() const {
    const int row = currentRow();
    return row < 0 ? QString() : model_->at(row).person.id;
}

void PeoplePage::selectionChanged() {
    const int row = currentRow();
    edit_->setEnabled(row >= 0);
    if (row < 0) {
        membershipHeading_->setText(tr("เลือกบุคคลจากรายการเพื่อดูว่าเป็นสมาชิกองค์กรใดบ้าง"));
        membershipModel_->setMemberships({}, QDate::currentDate());
        return;
    }
    const Person& person = model_->at(row).person;
    membershipHeading_->setText(tr("การเป็นสมาชิกของ %1").arg(personDisplayName(person)));
    membershipModel_->setMemberships(MembershipRepository(db_).ofPerson(person.id),
                                     QDate::currentDate());
}

void PeoplePage::addPerson() {
    PersonDialog dialog(db_, Person{}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Person& added = dialog.person();
    if (model_->findId(added.id) < 0) {
        // Show the new person even when the search in the box would hide them.
        const QSignalBlocker blocker(search_);
        search_->setText(added.firstName + QLatin1Char(' ') + added.lastName);
    }
    reload(added.id);
}

void PeoplePage::editPerson() {
    const int row = currentRow();
    if (row < 0)
        return;
    PersonDialog dialog(db_, model_->at(row).person, this);
    if (dialog.exec() == QDialog::Accepted)
        reload(dialog.person().id);
}

}  // namespace thanrak::ui
