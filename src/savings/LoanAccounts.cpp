#include "savings/LoanAccounts.h"

#include "ledger/ChartOfAccounts.h"
#include "savings/Loan.h"
#include "savings/SavingsError.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Savings)
};
}  // namespace

LoanAccounts loanAccounts(Database& db, const Loan& loan) {
    if (loan.poolId.isEmpty()) {
        ChartOfAccounts chart(db);
        return {chart.require(loan.organisationId, AccountRole::LoansReceivable).id,
                chart.require(loan.organisationId, AccountRole::Cash).id,
                {}};
    }
    QSqlQuery q = sql::run(db.connection(),
                           QStringLiteral("SELECT loans_account_id, bank_account_id, name FROM "
                                          "capital_pools WHERE id = ? AND organisation_id = ?"),
                           {loan.poolId, loan.organisationId}, Text::tr("การอ่านแหล่งเงินทุน"));
    if (!q.next())
        throw SavingsError(QStringLiteral("savings.pool"),
                           Text::tr("ไม่พบแหล่งเงินทุนของสัญญาเงินกู้นี้ในกองทุน"));
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
}

}  // namespace thanrak
