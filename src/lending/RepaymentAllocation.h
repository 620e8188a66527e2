#pragma once

#include "money/Money.h"

#include <vector>

namespace thanrak {

// What one instalment of a contract still owes when a payment comes in.
struct AmountDue {
    int instalment = 0;  // instalment number; lower is older
    Money fine;          // late fines charged on this instalment (ค่าปรับ)
    Money interest;
    Money principal;

    Money total() const;
};

// How much of a payment went to each part of one instalment.
struct RepaymentLine {
    int instalment = 0;
    Money fine;
    Money interest;
    Money principal;

    Money total() const;
};

struct RepaymentSplit {
    // One line per due item, oldest instalment first, zero where the money ran out.
    std::vector<RepaymentLine> lines;
    // Money left after everything due was covered: the caller decides whether it
    // is early principal or handed back (an overpayment is never silently kept).
    Money excess;

    Money applied() const;  // sum of the lines; applied() + excess == the amount paid
};

// Spreads `amount` over `due` the way groups apply a repayment (DOMAIN.md §2):
// instalments oldest first, and within each one fine, then interest, then
// principal; a partial payment stops where the money runs out. Throws
// LendingError ("loan.repayment") for a negative amount, a negative amount due
// or an instalment listed twice.
//
// Example: 1,100.00 due with a 20.00 fine (fine 20, interest 100, principal
// 1,000), paid 500.00 -> fine 20.00, interest 100.00, principal 380.00.
RepaymentSplit allocateRepayment(std::vector<AmountDue> due, Money amount);

}  // namespace thanrak
