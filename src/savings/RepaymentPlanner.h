#pragma once

#include "lending/RepaymentAllocation.h"
#include "savings/Loan.h"
#include "savings/LoanStanding.h"

#include <QList>

namespace thanrak {

class Database;

// How one payment on one contract will be applied, worked out before
// anything is written.
struct RepaymentPlan {
    Loan loan;
    LoanStanding standing;  // before the payment
    RepaymentSplit split;
    QList<ReceiptLine> lines;
    bool settles = false;  // the payment is the whole payoff: the contract closes

    Money fine() const;
    Money interest() const;
    Money principal() const;
};

// Reads a contract's schedule, its receipts and the late fine of the rules it
// was made under, and applies a payment the way groups do (fine → interest →
// principal, oldest instalment first, anything beyond what is due paying
// principal early). Shared by single repayments, the meeting and leaving.
class RepaymentPlanner {
public:
    explicit RepaymentPlanner(Database& database) : db_(database) {}

    // Throws SavingsError ("savings.loan_status") unless the loan is active.
    LoanStanding standing(const Loan& loan, const QDate& day);
    // Refuses (SavingsError) an inactive loan, a day before disbursement, an
    // amount that is not positive, and more than the payoff ("savings.overpayment").
    RepaymentPlan plan(const Loan& loan, const QDate& day, Money amount);
    // Closes the contract when the plan settled it; call after the receipt.
    void settleIfPaid(const RepaymentPlan& plan, const QDate& day);

private:
    Database& db_;
};

}  // namespace thanrak
