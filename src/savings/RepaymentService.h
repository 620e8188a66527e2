#pragma once

#include "savings/Receipt.h"
#include "savings/RepaymentPlanner.h"

namespace thanrak {

class Database;

// Where a receipt comes from, beyond the payment itself.
struct ReceiptContext {
    QString meetingId;  // taken at a monthly meeting
    PaymentMethod method = PaymentMethod::Cash;
};

struct Repayment {
    Receipt receipt;
    RepaymentPlan plan;  // how the money was applied; plan.settles when the contract closed
};

// A member repays a loan outside the meeting screen (or a script does).
class RepaymentService {
public:
    explicit RepaymentService(Database& database) : db_(database) {}

    // What is due now and what would settle the loan on `day`.
    LoanStanding standing(const QString& loanId, const QDate& day);
    // In one transaction: applies the payment (fine → interest → principal),
    // issues a numbered receipt with one line per instalment part, posts one
    // entry (Dr cash; Cr loans receivable, interest income, fine income, each
    // naming the member and the loan), and closes the contract when the
    // payment is the whole payoff. Nothing is written when it throws.
    Repayment repay(const QString& loanId, const QDate& day, Money amount,
                    const ReceiptContext& context = {});

private:
    Loan requireLoan(const QString& loanId);

    Database& db_;
};

}  // namespace thanrak
