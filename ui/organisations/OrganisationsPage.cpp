#include "organisations/OrganisationsPage.h"

#include "organisations/CommitteeDialog.h"
#include "organisations/MembershipDialog.h"
#include "organisations/OrganisationDetails.h"
#include "organisations/OrganisationDialog.h"
#include "organisations/OrganisationTableModel.h"
#include "widgets/ColumnFitter.h"
#include "widgets/PlaceFilterBar.h"
#include "widgets/TableSetup.h"
#include "widgets/ThaiSortProxy.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace thanrak::ui {

namespace {
QPushButton* shortcutButton(const QString& text, const QKeySequence& key, QWidget* parent) {
    auto* button = new QPushButton(
        QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)), parent);
    button->setShortcut(key);
    button->setAutoDefault(false);
    return button;
}
}  // namespace

OrganisationsPage::OrganisationsPage(Database& database, QWidget* parent)
    : ModulePage(parent),
      db_(database),
      places_(new PlaceFilterBar(database, PlaceFilterBar::Mode::Filter, this)),
      kind_(new QComboBox(this)),
      search_(new QLineEdit(this)),
      count_(new QLabel(this)),
      model_(new OrganisationTableModel(this)),
      proxy_(new ThaiSortProxy(this)),
      table_(new QTableView(this)),
      details_(new OrganisationDetails(database, this)) {
    setObjectName(QStringLiteral("organisationsPage"));
    proxy_->setSourceModel(model_);
    table_->setObjectName(QStringLiteral("organisationsTable"));
    table_->setModel(proxy_);
    setUpTable(table_);
    fitColumns(table_, {OrganisationTableModel::Name, OrganisationTableModel::Kind,
                        OrganisationTableModel::Village});
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(table_);
    split->addWidget(details_);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({1000, 1000});  // in proportion
    split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    buildButtons();
    layout->addWidget(buildFilters());
    // Acting on the chosen organisation: beside its name, above its members.
    details_->addHeaderButtons({member_, committee_});
    layout->addWidget(split, 1);
    connect(places_, &PlaceFilterBar::changed, this, [this] { reload(currentId()); });
    connect(kind_, &QComboBox::currentIndexChanged, this, [this] { reload(currentId()); });
    connect(search_, &QLineEdit::textChanged, this, [this] { reload(currentId()); });
    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OrganisationsPage::selectionChanged);
    connect(table_, &QTableView::activated, this, &OrganisationsPage::editOrganisation);
    reload({});
}

QString OrganisationsPage::title() const {
    return tr("องค์กร");
}

QWidget* OrganisationsPage::buildFilters() {
    auto* box = new QWidget(this);
    kind_->setObjectName(QStringLiteral("kindFilter"));
    kind_->addItem(tr("ทุกประเภท"));
    for (OrganisationKind kind : allOrganisationKinds())
        kind_->addItem(organisationKindLabel(kind), static_cast<int>(kind));
    search_->setObjectName(QStringLiteral("organisationSearch"));
    search_->setPlaceholderText(tr("ค้นหาชื่อหรือรหัสองค์กร"));
    search_->setClearButtonEnabled(true);
    auto* kindLabel = new QLabel(tr("ประเภท"), box);
    kindLabel->setBuddy(kind_);
    auto* second = new QHBoxLayout;
    second->addWidget(kindLabel);
    second->addWidget(kind_);
    second->addSpacing(fontMetrics().averageCharWidth() * 2);
    second->addWidget(search_, 1);
    second->addWidget(count_);
    second->addSpacing(fontMetrics().averageCharWidth() * 2);
    second->addWidget(add_);
    second->addWidget(edit_);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(places_);
    layout->addLayout(second);
    return box;
}

void OrganisationsPage::buildButtons() {
    add_ = shortcutButton(tr("เพิ่มองค์กร"), QKeySequence(Qt::Key_Insert), this);
    edit_ = shortcutButton(tr("แก้ไข"), QKeySequence(Qt::Key_F2), this);
    member_ = shortcutButton(tr("เพิ่มสมาชิก"), QKeySequence(Qt::CTRL | Qt::Key_M), this);
    committee_ = shortcutButton(tr("คณะกรรมการ"), QKeySequence(Qt::CTRL | Qt::Key_K), this);
    add_->setObjectName(QStringLiteral("addOrganisationButton"));
    edit_->setObjectName(QStringLiteral("editOrganisationButton"));
    member_->setObjectName(QStringLiteral("addMemberButton"));
    committee_->setObjectName(QStringLiteral("committeeButton"));
    edit_->setToolTip(tr("หรือกด Enter หรือดับเบิลคลิกที่รายการ"));
    committee_->setToolTip(tr("ดูคณะกรรมการทุกวาระ และเพิ่มกรรมการ"));
    connect(add_, &QPushButton::clicked, this, &OrganisationsPage::addOrganisation);
    connect(edit_, &QPushButton::clicked, this, &OrganisationsPage::editOrganisation);
    connect(member_, &QPushButton::clicked, this, &OrganisationsPage::addMember);
    connect(committee_, &QPushButton::clicked, this, &OrganisationsPage::openCommittee);
}

void OrganisationsPage::refresh() {
    reload(currentId());
}

void OrganisationsPage::reload(const QString& keepId) {
    OrganisationFilter filter;
    filter.districtCode = places_->districtCode();
    filter.subdistrictCode = places_->subdistrictCode();
    filter.villageCode = places_->villageCode();
    if (kind_->currentIndex() > 0)
        filter.kind = static_cast<OrganisationKind>(kind_->currentData().toInt());
    filter.text = search_->text();
    model_->setOrganisations(OrganisationRepository(db_).list(filter));
    count_->setText(tr("%1 องค์กร").arg(model_->rowCount()));
    // Keep the chosen organisation; otherwise choose the first, so its members show.
    const int row = std::max(model_->findId(keepId), 0);
    if (row < model_->rowCount())
        table_->selectRow(proxy_->mapFromSource(model_->index(row, 0)).row());
    selectionChanged();
}

int OrganisationsPage::currentRow() const {
    const QModelIndexList rows = table_->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : proxy_->mapToSource(rows.front()).row();
}

QString OrganisationsPage::currentId() const {
    const int row = currentRow();
    return row < 0 ? QString() : model_->at(row).organisation.id;
}

void OrganisationsPage::selectionChanged() {
    const int row = currentRow();
    for (QPushButton* button : {edit_, member_, committee_}) button->setEnabled(row >= 0);
    if (row < 0)
        details_->showOrganisation({}, {});
    else
        details_->showOrganisation(model_->at(row).organisation.id,
                                   model_->at(row).organisation.name);
}

void OrganisationsPage::addOrganisation() {
    OrganisationDialog dialog(db_, Organisation{}, this);
    dialog.presetVillage(places_->villageCode());
    if (dialog.exec() == QDialog::Accepted)
        reload(dialog.organisation().id);
}

void OrganisationsPage::editOrganisation() {
    const int row = currentRow();
    if (row < 0)
        return;
    OrganisationDialog dialog(db_, model_->at(row).organisation, this);
    if (dialog.exec() == QDialog::Accepted)
        reload(dialog.organisation().id);
}

void OrganisationsPage::addMember() {
    const int row = currentRow();
    if (row < 0)
        return;
    const Organisation organisation = model_->at(row).organisation;
    MembershipDialog dialog(db_, organisation, this);
    if (dialog.exec() == QDialog::Accepted)
        reload(organisation.id);
}

void OrganisationsPage::openCommittee() {
    const int row = currentRow();
    if (row < 0)
        return;
    CommitteeDialog dialog(db_, model_->at(row).organisation, this);
    dialog.exec();
    details_->refresh();
}

}  // namespace thanrak::ui
