#include "fund/FundChart.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Fund)
};
}  // namespace

QList<AccountTemplate> villageFundExtraAccounts() {
    using R = AccountRole;
    using T = AccountType;
    return {
        {QStringLiteral("2103"), Text::tr("เงินกองทุนประกันความเสี่ยง"), T::Liability, R::RiskFund, false},
        {QStringLiteral("4105"), Text::tr("รายได้ค่าธรรมเนียมสัญญาเงินกู้"), T::Income,
         R::ContractFeeIncome, false},
        {QStringLiteral("5104"), Text::tr("ดอกเบี้ยจ่ายเงินกู้ยืม"), T::Expense, R::InterestExpense,
         false},
    };
}

void installFundChart(Database& db, const QString& organisationId) {
    Transaction transaction(db.connection());
    ChartOfAccounts chart(db);
    chart.installDefault(organisationId);
    chart.installMissing(organisationId, villageFundExtraAccounts());
    transaction.commit();
}

}  // namespace thanrak
