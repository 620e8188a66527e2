#include "AllocationTestSupport.h"

#include <random>

using namespace thanrak;
using namespace thanrak::test;

namespace {

using Rng = std::mt19937;

qint64 uniform(Rng& rng, qint64 low, qint64 high) {
    return std::uniform_int_distribution<qint64>(low, high)(rng);
}

// Heads with percentages in hundredths of a percent that add to exactly 100 %; the
// dividend and refund heads are sometimes left out, as a fund's policy may.
AllocationPolicy randomPolicy(Rng& rng) {
    AllocationPolicy policy;
    std::vector<HeadKind> kinds{HeadKind::Reserve};
    if (uniform(rng, 0, 5) > 0)
        kinds.push_back(HeadKind::Dividend);
    if (uniform(rng, 0, 2) > 0)
        kinds.push_back(HeadKind::Refund);
    for (qint64 i = uniform(rng, 0, 5); i > 0; --i) kinds.push_back(HeadKind::Lump);
    qint64 left = 10000;  // hundredths of a percent
    for (std::size_t i = 0; i < kinds.size(); ++i) {
        const qint64 share = i + 1 == kinds.size() ? left : uniform(rng, 0, left);
        left -= share;
        const QString key = QStringLiteral("head%1").arg(i);
        policy.heads.push_back({key, key, kinds[i], Ratio(share, 100)});
    }
    policy.dividendBasis =
        uniform(rng, 0, 1) ? DividendBasis::TimeWeightedMonthly : DividendBasis::YearEndBalance;
    policy.payoutRounding =
        uniform(rng, 0, 1) ? PayoutRounding::Satang : PayoutRounding::WholeBahtDown;
    return policy;
}

// Deposits and withdrawals that never take the balance below zero.
MemberYear randomMember(Rng& rng, int index, bool anyLoans) {
    MemberYear member;
    member.membershipId = QStringLiteral("M-%1").arg(index);
    member.openingBalance = satang(uniform(rng, 0, 3) ? uniform(rng, 0, 20000000) : 0);
    Money balance = member.openingBalance;
    for (Money& deposit : member.deposits) {
        const qint64 roll = uniform(rng, 0, 9);
        deposit = roll < 6   ? satang(uniform(rng, 0, 500000))
                  : roll < 8 ? satang(-uniform(rng, 0, balance.satang()))
                             : Money();
        balance += deposit;
    }
    member.interestPaid =
        anyLoans && uniform(rng, 0, 2) == 0 ? satang(uniform(rng, 1, 3000000)) : Money();
    return member;
}

AllocationInput randomInput(Rng& rng) {
    AllocationInput input;
    input.year = static_cast<int>(uniform(rng, 2000, 2030));
    const qint64 roll = uniform(rng, 0, 19);
    input.netProfit = roll == 0   ? Money()
                      : roll == 1 ? satang(-uniform(rng, 1, 100000000))
                                  : satang(uniform(rng, 1, 500000000));
    const bool anyLoans = uniform(rng, 0, 9) > 0;
    const int members = static_cast<int>(uniform(rng, 1, 300));
    for (int i = 0; i < members; ++i) input.members.push_back(randomMember(rng, i, anyLoans));
    return input;
}

Ratio weightOf(const MemberResult& member, HeadKind kind) {
    return kind == HeadKind::Dividend ? member.dividendWeight : Ratio(member.interestPaid.satang());
}

// Each member's amount against the exact share pool × weight / Σ weights: within half a
// satang plus the one-satang fallback for half-up; within a baht below it for whole baht.
void checkShares(const AllocationResult& r, HeadKind kind, Money MemberResult::*amount) {
    const HeadResult* head = r.headOf(kind);
    if (!head)
        return;
    Ratio total;
    for (const MemberResult& m : r.members) total += weightOf(m, kind);
    const bool wholeBaht = r.policy.payoutRounding == PayoutRounding::WholeBahtDown;
    for (const MemberResult& m : r.members) {
        const Ratio exact =
            total.isZero() ? Ratio() : Ratio(head->pool.satang()) * weightOf(m, kind) / total;
        const Ratio paid((m.*amount).satang());
        CHECK(paid >= Ratio());
        CHECK(paid <= exact + Ratio(wholeBaht ? 0 : 1));
        CHECK(paid > exact - Ratio(wholeBaht ? 100 : 1));
        if (wholeBaht)
            CHECK((m.*amount).satang() % 100 == 0);
    }
    const qint64 n = static_cast<qint64>(r.members.size());
    if (!total.isZero())
        CHECK(head->movedToReserve < satang(wholeBaht ? 100 * n : n));
}

}  // namespace

TEST_CASE("allocation invariants hold for 200 random groups", "[calculator][invariants]") {
    Rng rng(20240531);  // fixed seed: a failure is reproducible
    for (int group = 0; group < 200; ++group) {
        INFO("group " << group);
        const AllocationPolicy policy = randomPolicy(rng);
        const AllocationInput input = randomInput(rng);
        const AllocationResult r = calculateAllocation(policy, input);
        REQUIRE(r.reconciles());
        Money finals, members;
        for (const HeadResult& h : r.heads) finals += h.finalAmount;
        for (const MemberResult& m : r.members) {
            CHECK_FALSE(m.total.isNegative());
            members += m.total;
        }
        CHECK(finals == (input.netProfit.isPositive() ? input.netProfit : Money()));
        CHECK(members == r.totals.paidToMembers);
        CHECK(r.totals.reserve == r.headOf(HeadKind::Reserve)->pool + r.totals.movedToReserve);
        checkShares(r, HeadKind::Dividend, &MemberResult::dividend);
        checkShares(r, HeadKind::Refund, &MemberResult::refund);
    }
}
