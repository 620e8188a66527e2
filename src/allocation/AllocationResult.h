#pragma once

#include "allocation/AllocationPolicy.h"
#include "money/Money.h"
#include "money/Ratio.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace thanrak {

enum class AllocationOutcome {
    Allocated,
    NothingToAllocate,  // net profit zero or a loss: every amount is zero
};

// One row of the head summary. For the dividend and refund heads,
// pool = paidToMembers + movedToReserve; a lump head keeps its pool whole; the
// reserve ends with its pool plus what every other head moved to it.
struct HeadResult {
    QString key;
    QString name;
    HeadKind kind = HeadKind::Lump;
    Ratio percent;
    Money pool;               // its percentage of the profit, largest remainder
    Money paidToMembers;      // dividend and refund heads only
    Money movedToReserve;     // rounding remainder, or the whole pool when nobody qualifies
    Money receivedFromHeads;  // reserve only
    Money finalAmount;
};

// One line of the allocation list, signed by the member when paid.
struct MemberResult {
    QString membershipId;
    Ratio dividendWeight;  // in satang, on the policy's dividend basis; exact
    Money interestPaid;
    Money dividend;
    Money refund;
    Money total;
};

struct AllocationTotals {
    Money netProfit;       // as given, possibly zero or negative
    Money allocated;       // the profit when positive, otherwise zero
    Money dividends;       // Σ members' dividends
    Money refunds;         // Σ members' refunds
    Money paidToMembers;   // dividends + refunds
    Money movedToReserve;  // Σ remainders the reserve received
    Money reserve;         // the reserve head's final amount
    Ratio dividendWeight;  // Σ members' dividend weights, satang
    Money interestPaid;    // Σ members' interest paid
};

struct AllocationResult {
    int year = 0;
    AllocationPolicy policy;  // the rules the run was made under
    AllocationOutcome outcome = AllocationOutcome::Allocated;
    std::vector<HeadResult> heads;      // in policy order
    std::vector<MemberResult> members;  // in input order
    AllocationTotals totals;
    // Dividend pool ÷ Σ dividend weights (both in satang): baht paid per baht of
    // weighted savings; ×100 for the percentage a committee announces. Zero when
    // there is no dividend head or nobody saved.
    Ratio dividendRate;
    QStringList notes;  // Thai sentences for the review screen: why a pool moved

    const HeadResult* headOf(HeadKind kind) const;
    const HeadResult* headByKey(const QString& key) const;

    // Re-checks every identity to the satang: Σ pools = Σ finals = allocated;
    // each head's pool split; the reserve's final amount; Σ member amounts
    // against the dividend and refund heads; each member's total; no negative
    // amount anywhere; totals consistent with the rows.
    bool reconciles() const;
};

}  // namespace thanrak
