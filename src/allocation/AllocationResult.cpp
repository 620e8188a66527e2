#include "allocation/AllocationResult.h"

#include "money/MoneyError.h"

namespace thanrak {

namespace {

bool anyNegative(const HeadResult& h) {
    return h.pool.isNegative() || h.paidToMembers.isNegative() || h.movedToReserve.isNegative() ||
           h.receivedFromHeads.isNegative() || h.finalAmount.isNegative();
}

// The identities of one row, by what kind of head it is.
bool headRowReconciles(const HeadResult& h) {
    if (anyNegative(h))
        return false;
    switch (h.kind) {
        case HeadKind::Reserve:
            return h.paidToMembers.isZero() && h.movedToReserve.isZero() &&
                   h.finalAmount == h.pool + h.receivedFromHeads;
        case HeadKind::Dividend:
        case HeadKind::Refund:
            return h.receivedFromHeads.isZero() && h.pool == h.paidToMembers + h.movedToReserve &&
                   h.finalAmount == h.paidToMembers;
        case HeadKind::Lump:
            return h.paidToMembers.isZero() && h.movedToReserve.isZero() &&
                   h.receivedFromHeads.isZero() && h.finalAmount == h.pool;
    }
    return false;
}

bool headsReconcile(const AllocationResult& r) {
    Money pools, finals, moved, received;
    int reserves = 0;
    for (const HeadResult& h : r.heads) {
        if (!headRowReconciles(h))
            return false;
        pools += h.pool;
        finals += h.finalAmount;
        moved += h.movedToReserve;
        received += h.receivedFromHeads;
        reserves += h.kind == HeadKind::Reserve ? 1 : 0;
    }
    const HeadResult* reserve = r.headOf(HeadKind::Reserve);
    return reserves == 1 && pools == r.totals.allocated && finals == r.totals.allocated &&
           moved == received && moved == r.totals.movedToReserve &&
           reserve->finalAmount == r.totals.reserve;
}

Money paidBy(const AllocationResult& r, HeadKind kind) {
    const HeadResult* head = r.headOf(kind);
    return head ? head->paidToMembers : Money();
}

bool membersReconcile(const AllocationResult& r) {
    Money dividends, refunds, interest;
    Ratio weight;
    for (const MemberResult& m : r.members) {
        if (m.dividend.isNegative() || m.refund.isNegative() || m.dividendWeight.isNegative() ||
            m.total != m.dividend + m.refund)
            return false;
        dividends += m.dividend;
        refunds += m.refund;
        interest += m.interestPaid;
        weight += m.dividendWeight;
    }
    return dividends == r.totals.dividends && dividends == paidBy(r, HeadKind::Dividend) &&
           refunds == r.totals.refunds && refunds == paidBy(r, HeadKind::Refund) &&
           interest == r.totals.interestPaid && weight == r.totals.dividendWeight;
}

bool totalsReconcile(const AllocationResult& r) {
    const AllocationTotals& t = r.totals;
    const bool profitable = t.netProfit.isPositive();
    const HeadResult* dividend = r.headOf(HeadKind::Dividend);
    const Ratio rate = dividend && !t.dividendWeight.isZero()
                           ? Ratio(dividend->pool.satang()) / t.dividendWeight
                           : Ratio();
    return t.allocated == (profitable ? t.netProfit : Money()) &&
           (r.outcome == AllocationOutcome::Allocated) == profitable &&
           t.paidToMembers == t.dividends + t.refunds && r.dividendRate == rate;
}

}  // namespace

const HeadResult* AllocationResult::headOf(HeadKind kind) const {
    for (const HeadResult& head : heads)
        if (head.kind == kind)
            return &head;
    return nullptr;
}

const HeadResult* AllocationResult::headByKey(const QString& key) const {
    for (const HeadResult& head : heads)
        if (head.key == key)
            return &head;
    return nullptr;
}

bool AllocationResult::reconciles() const {
    try {
        return headsReconcile(*this) && membersReconcile(*this) && totalsReconcile(*this);
    } catch (const MoneyError&) {
        return false;  // a sum past the qint64 range cannot be a real allocation
    }
}

}  // namespace thanrak
