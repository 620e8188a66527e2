#include "savings/RepaymentService.h"

#include "savings/LoanRepository.h"
#include "savings/ReceiptPosting.h"
#include "savings/SavingsError.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace thanrak {

Loan RepaymentService::requireLoan(const QString& loanId) {
    if (std::optional<Loan> loan = LoanRepository(db_).find(loanId))
        return *loan;
    throw SavingsError(QStringLiteral("savings.loan_status"),
                       QCoreApplication::translate("Savings", "ไม่พบสัญญาเงินกู้นี้ในไฟล์"));
}

LoanStanding RepaymentService::standing(const QString& loanId, const QDate& day) {
    return RepaymentPlanner(db_).standing(requireLoan(loanId), day);
}

Repayment RepaymentService::repay(const QString& loanId, const QDate& day, Money amount,
                                  const ReceiptContext& context) {
    Transaction transaction(db_.connection());
    RepaymentPlanner planner(db_);
    const Loan loan = requireLoan(loanId);
    RepaymentPlan plan = planner.plan(loan, day, amount);
    const Receipt receipt =
        ReceiptPosting(db_).post({loan.organisationId, day, loan.membershipId, context.meetingId,
                                  context.method, plan.lines});
    planner.settleIfPaid(plan, day);
    transaction.commit();
    return {receipt, std::move(plan)};
}

}  // namespace thanrak
