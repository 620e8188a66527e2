#include "savings/GroupPage.h"

#include "domain/OrganisationRepository.h"
#include "savings/CashBookTab.h"
#include "savings/GroupTab.h"
#include "savings/LoanRegisterTab.h"
#include "savings/MeetingDayTab.h"
#include "savings/MemberCardTab.h"
#include "savings/RulesTab.h"
#include "savings/TrialBalanceTab.h"
#include "savings/YearEndTab.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QVBoxLayout>

namespace thanrak::ui {

GroupPage::GroupPage(Database& database, QWidget* parent)
    : GroupPage(database, OrganisationKind::SavingsGroup, tr("กลุ่ม:"), parent) {
    setObjectName(QStringLiteral("groupPage"));
    addTab(new MeetingDayTab(database, this));
    addTab(new MemberCardTab(database, this));
    addTab(new LoanRegisterTab(database, this));
    addTab(new CashBookTab(database, this));
    addTab(new TrialBalanceTab(database, this));
    addTab(new YearEndTab(database, this));
    addTab(new RulesTab(database, this));
    fillGroups();
}

GroupPage::GroupPage(Database& database, OrganisationKind kind, const QString& chooserLabel,
                     QWidget* parent)
    : ModulePage(parent),
      db_(database),
      kind_(kind),
      chooser_(new QComboBox(this)),
      tabs_(new QTabWidget(this)) {
    chooser_->setObjectName(QStringLiteral("groupChooser"));
    chooser_->setMinimumContentsLength(40);
    chooser_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto* label = new QLabel(chooserLabel, this);
    label->setBuddy(chooser_);
    auto* top = new QHBoxLayout;
    top->addWidget(label);
    top->addWidget(chooser_, 1);
    top->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(tabs_, 1);
    connect(chooser_, &QComboBox::currentIndexChanged, this, &GroupPage::groupChosen);
    connect(tabs_, &QTabWidget::currentChanged, this, &GroupPage::groupChosen);
}

QString GroupPage::title() const {
    return tr("กลุ่มออมทรัพย์");
}

void GroupPage::refresh() {
    fillGroups();
    groupChosen();
}

QString GroupPage::currentGroupId() const {
    return chooser_->currentData().toString();
}

bool GroupPage::showGroup(const QString& organisationId) {
    const int index = chooser_->findData(organisationId);
    if (index < 0)
        return false;
    chooser_->setCurrentIndex(index);
    return true;
}

void GroupPage::addTab(GroupTab* tab) {
    tabList_.append(tab);
    tabs_->addTab(tab, tab->title());
}

void GroupPage::fillGroups() {
    const QString keep = currentGroupId();
    const QSignalBlocker blocker(chooser_);
    chooser_->clear();
    OrganisationFilter filter;
    filter.kind = kind_;
    for (const OrganisationSummary& s : OrganisationRepository(db_).list(filter)) {
        const QString place = s.subdistrictName.isEmpty()
                                  ? s.villageLabel
                                  : tr("%1 ต.%2").arg(s.villageLabel, s.subdistrictName);
        chooser_->addItem(tr("%1 — %2 (%3)").arg(s.organisation.code, s.organisation.name, place),
                          s.organisation.id);
    }
    const int index = chooser_->findData(keep);
    chooser_->setCurrentIndex(index >= 0 ? index : 0);
}

void GroupPage::groupChosen() {
    // Only the tab in view reads the file; the others catch up when shown.
    if (auto* tab = qobject_cast<GroupTab*>(tabs_->currentWidget()))
        tab->showOrganisation(currentGroupId());
}

}  // namespace thanrak::ui
