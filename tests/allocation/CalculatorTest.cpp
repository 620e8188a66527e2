#include "AllocationTestSupport.h"

using namespace thanrak;
using namespace thanrak::test;

// Expected numbers come from an independent python3 script (fractions.Fraction for the
// exact shares, decimal ROUND_HALF_UP / ROUND_DOWN for payout rounding, its own
// largest-remainder split), not from this program's output.

namespace {

// The three members of the worked example; amounts in satang.
//   A: opening 1,200.00, 100.00 every month, paid 450.00 interest.
//   B: opening 3,000.00, +1,000.00 in March, −500.00 in July, +250.00 in December,
//      paid 1,234.56 interest.
//   C: joined in April, 50.00 a month, no loan.
AllocationInput threeMembers(Money netProfit) {
    AllocationInput input{2024, netProfit, {}};
    input.members = {
        memberYear(
            "A", 120000,
            {10000, 10000, 10000, 10000, 10000, 10000, 10000, 10000, 10000, 10000, 10000, 10000},
            45000),
        memberYear("B", 300000, {0, 0, 100000, 0, 0, 0, -50000, 0, 0, 0, 0, 25000}, 123456),
        memberYear("C", 0, {0, 0, 0, 5000, 5000, 5000, 5000, 5000, 5000, 5000, 5000, 5000}, 0),
    };
    return input;
}

std::vector<Money> column(const AllocationResult& result, Money MemberResult::*amount) {
    std::vector<Money> values;
    for (const MemberResult& member : result.members) values.push_back(member.*amount);
    return values;
}

std::vector<Money> satangList(std::initializer_list<qint64> values) {
    std::vector<Money> result;
    for (qint64 v : values) result.push_back(satang(v));
    return result;
}

std::vector<Money> pools(const AllocationResult& result) {
    std::vector<Money> values;
    for (const HeadResult& head : result.heads) values.push_back(head.pool);
    return values;
}

const HeadResult& head(const AllocationResult& result, HeadKind kind) {
    const HeadResult* found = result.headOf(kind);
    REQUIRE(found);
    return *found;
}

}  // namespace

TEST_CASE("allocation: default savings-group heads split 987.65 exactly", "[calculator]") {
    // 987.65 by 10/60/15/5/5/3/2 %: exact 9,876.5 / 59,259 / 14,814.75 / 4,938.25 /
    // 4,938.25 / 2,962.95 / 1,975.3 satang; floors add to 98,762, and the 3 satang left go
    // to the largest remainders .95 (public benefit), .75 (refund) and .5 (reserve).
    const AllocationResult r =
        calculateAllocation(defaultSavingsGroupPolicy(), threeMembers(satang(98765)));
    CHECK(pools(r) == satangList({9877, 59259, 14815, 4938, 4938, 2963, 1975}));
    CHECK(r.outcome == AllocationOutcome::Allocated);
    CHECK(r.year == 2024);
    CHECK(r.reconciles());
}

TEST_CASE("allocation: time-weighted dividend and refund, paid to the satang", "[calculator]") {
    const AllocationResult r =
        calculateAllocation(defaultSavingsGroupPolicy(), threeMembers(satang(98765)));
    // Weights 1,850.00 / 3,604.1666… / 187.50 (InputTest); Σ = 5,641.6666… = 1,692,500/3.
    CHECK(r.members[1].dividendWeight == Ratio(1081250, 3));
    CHECK(r.totals.dividendWeight == Ratio(1692500, 3));
    // Rate = 59,259 ÷ (1,692,500/3) = 177,777/1,692,500 ≈ 10.5038 %.
    CHECK(r.dividendRate == Ratio(177777, 1692500));
    // Exact 194.3205…, 378.5748…, 19.6946…; half-up; 0.01 left over.
    CHECK(column(r, &MemberResult::dividend) == satangList({19432, 37857, 1969}));
    // 148.15 × 450.00/1,684.56 = 39.5756…, × 1,234.56/1,684.56 = 108.5743…; nothing left.
    CHECK(column(r, &MemberResult::refund) == satangList({3958, 10857, 0}));
    CHECK(column(r, &MemberResult::total) == satangList({23390, 48714, 1969}));
    CHECK(head(r, HeadKind::Dividend).paidToMembers == satang(59258));
    CHECK(head(r, HeadKind::Dividend).movedToReserve == satang(1));
    CHECK(head(r, HeadKind::Refund).movedToReserve == Money());
    // Reserve 98.77 + 0.01 = 98.78.
    CHECK(head(r, HeadKind::Reserve).receivedFromHeads == satang(1));
    CHECK(r.totals.reserve == satang(9878));
    CHECK(r.totals.paidToMembers == satang(23390 + 48714 + 1969));
    CHECK(r.notes == QStringList{QStringLiteral(
                         "เศษจากการปัดเศษของ \"ปันผลตามเงินสัจจะสะสม\" 0.01 บาท เข้าทุนสำรอง")});
    CHECK(r.reconciles());
}

TEST_CASE("allocation: year-end balance basis on the same data", "[calculator]") {
    AllocationPolicy policy = defaultSavingsGroupPolicy();
    policy.dividendBasis = DividendBasis::YearEndBalance;
    const AllocationResult r = calculateAllocation(policy, threeMembers(satang(98765)));
    // Year-end 2,400.00 / 3,750.00 / 450.00; Σ 6,600.00; rate 59,259/660,000 = 19,753/220,000.
    CHECK(r.members[0].dividendWeight == Ratio(240000));
    CHECK(r.dividendRate == Ratio(19753, 220000));
    // Exact 215.4872…, 336.6988…, 40.4038…; half-up adds back to 592.59, nothing left.
    CHECK(column(r, &MemberResult::dividend) == satangList({21549, 33670, 4040}));
    CHECK(column(r, &MemberResult::refund) == satangList({3958, 10857, 0}));
    CHECK(r.totals.reserve == satang(9877));
    CHECK(r.notes.isEmpty());
    CHECK(r.reconciles());
}

TEST_CASE("allocation: whole baht down, the satang go to the reserve", "[calculator]") {
    AllocationPolicy policy = defaultSavingsGroupPolicy();
    policy.payoutRounding = PayoutRounding::WholeBahtDown;
    const AllocationResult r = calculateAllocation(policy, threeMembers(satang(98765)));
    // 194.32… → 194, 378.57… → 378, 19.69… → 19: paid 591.00 of 592.59, 1.59 left.
    CHECK(column(r, &MemberResult::dividend) == satangList({19400, 37800, 1900}));
    CHECK(head(r, HeadKind::Dividend).movedToReserve == satang(159));
    // 39.57… → 39, 108.57… → 108: paid 147.00 of 148.15, 1.15 left.
    CHECK(column(r, &MemberResult::refund) == satangList({3900, 10800, 0}));
    CHECK(head(r, HeadKind::Refund).movedToReserve == satang(115));
    // Reserve 98.77 + 1.59 + 1.15 = 101.51.
    CHECK(r.totals.reserve == satang(10151));
    CHECK(r.totals.movedToReserve == satang(274));
    CHECK(r.notes.size() == 2);
    CHECK(r.reconciles());
}

TEST_CASE("allocation: nobody paid interest, the refund pool goes to reserve", "[calculator]") {
    AllocationInput input = threeMembers(satang(98765));
    for (MemberYear& member : input.members) member.interestPaid = Money();
    const AllocationResult r = calculateAllocation(defaultSavingsGroupPolicy(), input);
    CHECK(column(r, &MemberResult::refund) == satangList({0, 0, 0}));
    CHECK(head(r, HeadKind::Refund).paidToMembers == Money());
    CHECK(head(r, HeadKind::Refund).movedToReserve == satang(14815));
    CHECK(head(r, HeadKind::Refund).finalAmount == Money());
    // Reserve 98.77 + 0.01 dividend remainder + 148.15 refund pool = 246.93.
    CHECK(r.totals.reserve == satang(24693));
    CHECK(r.notes.contains(
        QStringLiteral("ไม่มีสมาชิกจ่ายดอกเบี้ยเงินกู้ในปีนี้ \"เฉลี่ยคืนตามดอกเบี้ยเงินกู้\" ทั้งหมด 148.15 บาท "
                       "จึงเข้าทุนสำรอง")));
    CHECK(r.reconciles());
}

TEST_CASE("allocation: half-up never pays out more than the pool", "[calculator]") {
    AllocationPolicy policy = defaultSavingsGroupPolicy();
    policy.heads = {
        {QStringLiteral("reserve"), QStringLiteral("ทุนสำรอง"), HeadKind::Reserve, Ratio(0)},
        {QStringLiteral("dividend"), QStringLiteral("ปันผล"), HeadKind::Dividend, Ratio(100)}};
    AllocationInput input{2024, satang(1002), {}};
    for (const char* id : {"P", "Q", "R", "S"}) input.members.push_back(memberYear(id, 100000, {}));
    // 2.505 each: half-up would pay 10.04 from 10.02; largest remainder pays 2.51, 2.51,
    // 2.50, 2.50 (PayoutSplitTest).
    const AllocationResult r = calculateAllocation(policy, input);
    CHECK(column(r, &MemberResult::dividend) == satangList({251, 251, 250, 250}));
    CHECK(r.totals.reserve == Money());
    CHECK(r.reconciles());
}

TEST_CASE("allocation: village fund returns on year-end shares", "[calculator]") {
    // V1: 5,000.00 + 1,000.00 in June = 6,000.00; V2: 12,000.00 all year; V3: 2,000.00 in
    // January − 500.00 in September = 1,500.00. Σ 19,500.00. Interest paid is ignored: the
    // default fund policy has no refund head.
    AllocationInput input{2024, satang(456789), {}};
    input.members = {memberYear("V1", 500000, {0, 0, 0, 0, 0, 100000}, 80000),
                     memberYear("V2", 1200000, {}),
                     memberYear("V3", 0, {200000, 0, 0, 0, 0, 0, 0, 0, -50000}, 30000)};
    const AllocationResult r = calculateAllocation(defaultVillageFundPolicy(), input);
    // 4,567.89 by 20/40/10/10/10/10 %: 91,357.8 / 182,715.6 / 45,678.9 × 4; floors 456,784,
    // the 5 satang left go to the four .9s and the reserve's .8.
    CHECK(pools(r) == satangList({91358, 182715, 45679, 45679, 45679, 45679}));
    // 1,827.15 / 19,500 = 9.37 % exactly: 562.20, 1,124.40, 140.55, nothing left.
    CHECK(r.dividendRate == Ratio(937, 10000));
    CHECK(column(r, &MemberResult::dividend) == satangList({56220, 112440, 14055}));
    CHECK(column(r, &MemberResult::refund) == satangList({0, 0, 0}));
    CHECK(r.totals.reserve == satang(91358));
    CHECK(r.headByKey(QStringLiteral("risk_fund"))->finalAmount == satang(45679));
    CHECK(r.reconciles());
}

TEST_CASE("allocation: zero or negative profit allocates nothing", "[calculator]") {
    for (qint64 profit : {qint64{0}, qint64{-1234567}}) {
        const AllocationResult r =
            calculateAllocation(defaultSavingsGroupPolicy(), threeMembers(satang(profit)));
        CHECK(r.outcome == AllocationOutcome::NothingToAllocate);
        CHECK(r.totals.netProfit == satang(profit));
        CHECK(r.totals.allocated == Money());
        REQUIRE(r.heads.size() == 7);
        for (const HeadResult& h : r.heads) CHECK(h.finalAmount == Money());
        CHECK(column(r, &MemberResult::total) == satangList({0, 0, 0}));
        CHECK(r.members[0].dividendWeight == Ratio(185000));  // still shown for review
        CHECK(r.reconciles());
    }
    const AllocationResult loss =
        calculateAllocation(defaultSavingsGroupPolicy(), threeMembers(satang(-1234567)));
    CHECK(loss.notes == QStringList{QStringLiteral(
                            "ปีนี้ไม่มีกำไรสุทธิ (ผลการดำเนินงาน -12,345.67 บาท) จึงไม่มีเงินให้จัดสรร")});
}

TEST_CASE("allocation: reconciles() catches a tampered result", "[calculator]") {
    const AllocationResult good =
        calculateAllocation(defaultSavingsGroupPolicy(), threeMembers(satang(98765)));
    REQUIRE(good.reconciles());
    AllocationResult shifted = good;
    shifted.members[0].dividend += satang(1);
    shifted.members[0].total += satang(1);
    CHECK_FALSE(shifted.reconciles());
    AllocationResult lostSatang = good;
    lostSatang.heads[0].finalAmount -= satang(1);
    CHECK_FALSE(lostSatang.reconciles());
    AllocationResult badTotal = good;
    badTotal.members[2].total = Money();
    CHECK_FALSE(badTotal.reconciles());
}
