#include "organisations/OrganisationDetails.h"

#include "domain/CommitteeRepository.h"
#include "domain/MembershipRepository.h"
#include "organisations/CommitteeTableModel.h"
#include "organisations/MemberTableModel.h"
#include "widgets/ColumnFitter.h"
#include "widgets/TableSetup.h"
#include "widgets/ThaiSortProxy.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace thanrak::ui {

namespace {
QTableView* makeTable(QAbstractItemModel* model, QWidget* parent, const QString& name) {
    auto* proxy = new ThaiSortProxy(parent);
    proxy->setSourceModel(model);
    auto* table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(proxy);
    setUpTable(table);
    return table;
}
}  // namespace

OrganisationDetails::OrganisationDetails(Database& database, QWidget* parent)
    : QWidget(parent),
      db_(database),
      heading_(new QLabel(this)),
      tabs_(new QTabWidget(this)),
      includeFormer_(new QCheckBox(tr("แสดงผู้ที่ออกแล้วด้วย"), this)),
      memberModel_(new MemberTableModel(this)),
      committeeModel_(new CommitteeTableModel(this)) {
    QFont bold = heading_->font();
    bold.setBold(true);
    heading_->setFont(bold);
    // A long name gives way to the buttons beside it; the tooltip has it whole.
    heading_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    members_ = makeTable(memberModel_, this, QStringLiteral("membersTable"));
    committee_ = makeTable(committeeModel_, this, QStringLiteral("committeeTable"));
    fitColumns(members_, {MemberTableModel::Name});
    fitColumns(committee_, {CommitteeTableModel::Name, CommitteeTableModel::CommitteeName});
    tabs_->addTab(members_, tr("สมาชิก"));
    tabs_->addTab(committee_, tr("คณะกรรมการชุดปัจจุบัน"));
    header_ = new QHBoxLayout;
    auto* top = header_;
    top->addWidget(heading_, 1);
    top->addWidget(includeFormer_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(tabs_, 1);
    connect(includeFormer_, &QCheckBox::toggled, this, &OrganisationDetails::refresh);
    showOrganisation({}, {});
}

void OrganisationDetails::addHeaderButtons(const QList<QWidget*>& buttons) {
    int at = header_->indexOf(includeFormer_);
    for (QWidget* button : buttons) header_->insertWidget(at++, button);
    header_->insertSpacing(at, fontMetrics().averageCharWidth() * 2);
}

void OrganisationDetails::showOrganisation(const QString& id, const QString& name) {
    organisationId_ = id;
    heading_->setText(id.isEmpty() ? tr("เลือกองค์กรจากรายการด้านบนเพื่อดูสมาชิกและคณะกรรมการ") : name);
    heading_->setToolTip(name);
    refresh();
}

void OrganisationDetails::refresh() {
    const QDate today = QDate::currentDate();
    if (organisationId_.isEmpty()) {
        memberModel_->setMembers({}, today);
        committeeModel_->setTerms({});
    } else {
        memberModel_->setMembers(
            MembershipRepository(db_).members(organisationId_, includeFormer_->isChecked()), today);
        committeeModel_->setTerms(CommitteeRepository(db_).terms(organisationId_, today));
    }
    tabs_->setTabText(0, tr("สมาชิก (%1 คน)").arg(memberModel_->rowCount()));
}

}  // namespace thanrak::ui
