#include "funds/FundPage.h"

#include "funds/GradingTab.h"
#include "funds/LoanRoundsTab.h"
#include "funds/PoolsTab.h"
#include "funds/ReconciliationTab.h"
#include "savings/CashBookTab.h"
#include "savings/LoanRegisterTab.h"
#include "savings/MemberCardTab.h"
#include "savings/RulesTab.h"
#include "savings/TrialBalanceTab.h"
#include "savings/YearEndTab.h"

namespace thanrak::ui {

FundPage::FundPage(Database& database, QWidget* parent)
    : GroupPage(database, OrganisationKind::VillageFund, tr("กองทุน:"), parent) {
    setObjectName(QStringLiteral("fundPage"));
    addTab(new PoolsTab(database, this));
    addTab(new LoanRoundsTab(database, this));
    addTab(new LoanRegisterTab(database, this));
    addTab(new MemberCardTab(database, this));
    addTab(new CashBookTab(database, this));
    addTab(new ReconciliationTab(database, this));
    addTab(new TrialBalanceTab(database, this));
    addTab(new YearEndTab(database, this));
    addTab(new GradingTab(database, this));
    addTab(new RulesTab(database, this));
    fillGroups();
}

QString FundPage::title() const {
    return tr("กองทุนหมู่บ้าน");
}

}  // namespace thanrak::ui
