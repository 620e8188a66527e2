#include "allocation/AllocationCalculator.h"

#include "allocation/PayoutSplit.h"
#include "money/Allocate.h"
#include "money/MoneyFormat.h"

#include <QCoreApplication>

#include <algorithm>

namespace thanrak {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Allocation)
};

std::vector<HeadResult> headPools(const AllocationPolicy& policy, Money allocated) {
    std::vector<Ratio> percents;
    for (const AllocationHead& head : policy.heads) percents.push_back(head.percent);
    const std::vector<Money> pools = allocate(allocated, percents);
    std::vector<HeadResult> heads;
    for (std::size_t i = 0; i < pools.size(); ++i) {
        const AllocationHead& head = policy.heads[i];
        HeadResult row;
        row.key = head.key;
        row.name = head.name;
        row.kind = head.kind;
        row.percent = head.percent;
        row.pool = pools[i];
        row.finalAmount = pools[i];  // until members or the reserve take their part
        heads.push_back(row);
    }
    return heads;
}

std::vector<MemberResult> memberRows(const AllocationPolicy& policy, const AllocationInput& input) {
    std::vector<MemberResult> rows;
    for (const MemberYear& member : input.members) {
        MemberResult row;
        row.membershipId = member.membershipId;
        row.dividendWeight = policy.dividendBasis == DividendBasis::TimeWeightedMonthly
                                 ? timeWeightedBalance(member)
                                 : Ratio(yearEndBalance(member).satang());
        row.interestPaid = member.interestPaid;
        rows.push_back(row);
    }
    return rows;
}

HeadResult* headOf(std::vector<HeadResult>& heads, HeadKind kind) {
    for (HeadResult& head : heads)
        if (head.kind == kind)
            return &head;
    return nullptr;
}

// Why a pool (or part of one) went to the reserve, for the committee's review.
QString reserveNote(const HeadResult& head, bool nobodyQualifies) {
    if (!nobodyQualifies)
        return Text::tr("เศษจากการปัดเศษของ \"%1\" %2 บาท เข้าทุนสำรอง")
            .arg(head.name, formatMoney(head.movedToReserve));
    if (head.kind == HeadKind::Refund)
        return Text::tr("ไม่มีสมาชิกจ่ายดอกเบี้ยเงินกู้ในปีนี้ \"%1\" ทั้งหมด %2 บาท จึงเข้าทุนสำรอง")
            .arg(head.name, formatMoney(head.movedToReserve));
    return Text::tr("ไม่มีเงินออมของสมาชิกให้ปันผล \"%1\" ทั้งหมด %2 บาท จึงเข้าทุนสำรอง")
        .arg(head.name, formatMoney(head.movedToReserve));
}

// Shares the pool of the head of `kind` (if the policy has one) among members.
void payMembers(AllocationResult& result, HeadKind kind, const std::vector<Ratio>& weights,
                Money MemberResult::*amount) {
    HeadResult* head = headOf(result.heads, kind);
    if (!head)
        return;
    const PayoutSplit split = splitPayout(head->pool, weights, result.policy.payoutRounding);
    for (std::size_t i = 0; i < weights.size(); ++i) result.members[i].*amount = split.amounts[i];
    head->movedToReserve = split.remainder;
    head->paidToMembers = head->pool - split.remainder;
    head->finalAmount = head->paidToMembers;
    if (split.remainder.isPositive()) {
        const bool nobodyQualifies =
            std::all_of(weights.begin(), weights.end(), [](const Ratio& w) { return w.isZero(); });
        result.notes << reserveNote(*head, nobodyQualifies);
    }
}

void payDividends(AllocationResult& result) {
    std::vector<Ratio> weights;
    for (const MemberResult& member : result.members) weights.push_back(member.dividendWeight);
    payMembers(result, HeadKind::Dividend, weights, &MemberResult::dividend);
}

void payRefunds(AllocationResult& result) {
    std::vector<Ratio> weights;
    for (const MemberResult& member : result.members)
        weights.emplace_back(member.interestPaid.satang());
    payMembers(result, HeadKind::Refund, weights, &MemberResult::refund);
}

void settleReserve(AllocationResult& result) {
    Money moved;
    for (const HeadResult& head : result.heads) moved += head.movedToReserve;
    HeadResult* reserve = headOf(result.heads, HeadKind::Reserve);
    reserve->receivedFromHeads = moved;
    reserve->finalAmount = reserve->pool + moved;
}

void sumTotals(AllocationResult& result) {
    AllocationTotals& t = result.totals;
    for (MemberResult& member : result.members) {
        member.total = member.dividend + member.refund;
        t.dividends += member.dividend;
        t.refunds += member.refund;
        t.dividendWeight += member.dividendWeight;
        t.interestPaid += member.interestPaid;
    }
    t.paidToMembers = t.dividends + t.refunds;
    const HeadResult* reserve = headOf(result.heads, HeadKind::Reserve);
    t.movedToReserve = reserve->receivedFromHeads;
    t.reserve = reserve->finalAmount;
    const HeadResult* dividend = headOf(result.heads, HeadKind::Dividend);
    if (dividend && !t.dividendWeight.isZero())
        result.dividendRate = Ratio(dividend->pool.satang()) / t.dividendWeight;
}

}  // namespace

AllocationResult calculateAllocation(const AllocationPolicy& policy, const AllocationInput& input) {
    checkPolicy(policy);
    checkInput(input);
    AllocationResult result;
    result.year = input.year;
    result.policy = policy;
    result.totals.netProfit = input.netProfit;
    // A loss is not allocated: the heads and member rows are still listed, all zero.
    const bool profitable = input.netProfit.isPositive();
    result.outcome =
        profitable ? AllocationOutcome::Allocated : AllocationOutcome::NothingToAllocate;
    result.totals.allocated = profitable ? input.netProfit : Money();
    if (!profitable)
        result.notes << Text::tr("ปีนี้ไม่มีกำไรสุทธิ (ผลการดำเนินงาน %1 บาท) จึงไม่มีเงินให้จัดสรร")
                            .arg(formatMoney(input.netProfit));
    result.heads = headPools(policy, result.totals.allocated);
    result.members = memberRows(policy, input);
    payDividends(result);
    payRefunds(result);
    settleReserve(result);
    sumTotals(result);
    return result;
}

}  // namespace thanrak
