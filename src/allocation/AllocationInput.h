#pragma once

#include "allocation/AllocationError.h"
#include "money/Money.h"
#include "money/Ratio.h"

#include <QString>

#include <array>
#include <vector>

namespace thanrak {

// One member's money in the year being closed, as the ledger reports it.
struct MemberYear {
    QString membershipId;
    Money openingBalance;  // savings brought forward from before the year
    // Net savings movement of each month; deposits[0] is month 1, the first
    // month of the accounting year (January for a calendar year, October for
    // the government fiscal year). Withdrawals are negative, for funds whose
    // deposits can be withdrawn; the balance may never go below zero.
    std::array<Money, 12> deposits{};
    Money interestPaid;  // loan interest paid in the year, the refund's basis
};

// Everything a run needs besides the policy. A net profit of zero or less is
// valid: the run then allocates nothing and says so.
struct AllocationInput {
    int year = 0;  // C.E., e.g. 2024; B.E. is for display only
    Money netProfit;
    std::vector<MemberYear> members;
};

// Savings at the end of the year: opening balance plus every month's movement.
Money yearEndBalance(const MemberYear& member);

// Σ over the twelve month-end balances / 12, which equals
// opening × 12/12 + Σ deposit_m × (12 − m + 1)/12. Exact, in satang.
Ratio timeWeightedBalance(const MemberYear& member);

// Every problem, in Thai: a year that is not C.E., empty or repeated membership
// ids, a negative opening balance, a balance that goes below zero in some
// month, negative interest. Each of these would give a member a negative share.
AllocationProblems validateInput(const AllocationInput& input);
// Throws AllocationError ("allocation.input") listing validateInput's problems.
void checkInput(const AllocationInput& input);

}  // namespace thanrak
