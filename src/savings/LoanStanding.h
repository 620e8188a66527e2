#pragma once

#include "lending/LoanSchedule.h"
#include "lending/RepaymentAllocation.h"
#include "savings/FineRule.h"
#include "savings/Receipt.h"

#include <QDate>
#include <QList>

#include <map>
#include <vector>

namespace thanrak {

// What receipts have applied to one instalment so far.
struct InstalmentPaid {
    Money principal;
    Money interest;
    Money fine;
};
using PaidByInstalment = std::map<int, InstalmentPaid>;  // by instalment number

// Where an unpaid instalment stands on a day.
enum class InstalmentStage {
    Due,      // falls due by the end of the day's month: the group collects monthly,
              // so an instalment due on the 25th is taken at the meeting on the 5th
    Running,  // the next one after those: its interest accrues by the day
    Later,    // after that: only its principal counts, for an early payoff
};

struct InstalmentStanding {
    int number = 0;
    QDate dueDate;
    InstalmentStage stage = InstalmentStage::Due;
    Money fine;       // late fine not yet paid (Due instalments past their date)
    Money interest;   // scheduled interest not yet paid; for Running, accrued so far
    Money principal;  // principal not yet paid
    qint64 daysOverdue = 0;

    Money total() const { return fine + interest + principal; }
};

// A contract on one day: what is due now, and what would settle it.
struct LoanStanding {
    QDate day;
    std::vector<InstalmentStanding> instalments;  // unpaid ones, oldest first
    Money outstandingPrincipal;

    Money dueNow() const;  // Due instalments: what the meeting asks for
    // Everything that settles the loan today: the Due instalments with their
    // fines, the interest accrued on the Running one, and all principal left.
    Money payoff() const;
    qint64 daysOverdue() const;  // of the oldest overdue instalment, 0 when none
    // The payoff items in allocateRepayment's form, oldest instalment first,
    // so a payment goes fine → interest → principal of the oldest first and
    // anything beyond what is due pays principal early.
    std::vector<AmountDue> payoffItems() const;
};

// `paid` comes from the contract's receipts; `lateFine` is the late-instalment
// fine of the rules the contract was made under. An overdue instalment (past
// its due date and not paid in full) carries one fine, lateFine.fineFor(what
// is left of it), less fines already paid on it. The Running instalment's
// interest is its scheduled interest × days elapsed / days in its period,
// rounded half-up: by the day for declining and maturity loans, and never more
// than the contract says.
LoanStanding loanStandingOn(const LoanTerms& terms, const std::vector<Instalment>& schedule,
                            const PaidByInstalment& paid, const FineRule& lateFine,
                            const QDate& day);

// Receipt lines for a split of a payment on `loanId`: fine, interest and
// principal of each instalment that received money, in that order.
QList<ReceiptLine> repaymentLines(const QString& loanId, const RepaymentSplit& split);

}  // namespace thanrak
