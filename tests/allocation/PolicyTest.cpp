#include "AllocationTestSupport.h"

#include "allocation/PercentText.h"

using namespace thanrak;
using namespace thanrak::test;

namespace {

Ratio sumOfPercents(const AllocationPolicy& policy) {
    Ratio sum;
    for (const AllocationHead& head : policy.heads) sum += head.percent;
    return sum;
}

QStringList messages(const AllocationProblems& problems) {
    QStringList result;
    for (const AllocationProblem& problem : problems) result << problem.message;
    return result;
}

AllocationHead* headByKey(AllocationPolicy& policy, const QString& key) {
    for (AllocationHead& head : policy.heads)
        if (head.key == key)
            return &head;
    return nullptr;
}

}  // namespace

TEST_CASE("policy: the shipped defaults are valid and sum to 100 %", "[policy]") {
    const AllocationPolicy group = defaultSavingsGroupPolicy();
    CHECK(validatePolicy(group).empty());
    CHECK(sumOfPercents(group) == Ratio(100));
    CHECK(group.headOf(HeadKind::Reserve)->percent == Ratio(10));
    CHECK(group.headOf(HeadKind::Dividend)->percent == Ratio(60));
    CHECK(group.headOf(HeadKind::Refund)->percent == Ratio(15));
    CHECK(group.dividendBasis == DividendBasis::TimeWeightedMonthly);
    CHECK(group.payoutRounding == PayoutRounding::Satang);

    const AllocationPolicy fund = defaultVillageFundPolicy();
    CHECK(validatePolicy(fund).empty());
    CHECK(sumOfPercents(fund) == Ratio(100));
    CHECK(fund.headOf(HeadKind::Reserve)->percent == Ratio(20));
    CHECK(fund.headOf(HeadKind::Dividend)->key == QStringLiteral("member_return"));
    CHECK(fund.headOf(HeadKind::Refund) == nullptr);
    CHECK(fund.dividendBasis == DividendBasis::YearEndBalance);
}

TEST_CASE("policy: percentages summing to 99.99 % are refused in Thai", "[policy]") {
    AllocationPolicy policy = defaultSavingsGroupPolicy();
    headByKey(policy, QStringLiteral("promotion"))->percent = Ratio::parse(u"1.99");
    CHECK(messages(validatePolicy(policy)) ==
          QStringList{QStringLiteral("ร้อยละของทุกหัวรวมกันได้ 99.99 % ต้องรวมกันได้ 100 % พอดี")});
    const QString failure = allocationFailure([&] {
        calculateAllocation(policy, AllocationInput{2024, satang(100000), {}});
    });
    CHECK(failure == QStringLiteral("allocation.policy|กติกาการจัดสรรไม่ถูกต้อง: "
                                    "ร้อยละของทุกหัวรวมกันได้ 99.99 % ต้องรวมกันได้ 100 % พอดี"));
}

TEST_CASE("policy: a sum that is not a short decimal is shown as a fraction", "[policy]") {
    AllocationPolicy policy = defaultSavingsGroupPolicy();
    headByKey(policy, QStringLiteral("promotion"))->percent = Ratio(2) + Ratio(1, 3);
    CHECK(messages(validatePolicy(policy)) ==
          QStringList{QStringLiteral("ร้อยละของทุกหัวรวมกันได้ 301/3 % ต้องรวมกันได้ 100 % พอดี")});
    CHECK(percentText(Ratio(60)) == QStringLiteral("60"));
    CHECK(percentText(Ratio::parse(u"12.5")) == QStringLiteral("12.5"));
    CHECK(percentText(Ratio::parse(u"-0.25")) == QStringLiteral("-0.25"));
}

TEST_CASE("policy: a negative percentage is refused even when the sum is 100", "[policy]") {
    AllocationPolicy policy = defaultSavingsGroupPolicy();
    headByKey(policy, QStringLiteral("welfare"))->percent = Ratio(-5);
    headByKey(policy, QStringLiteral("committee"))->percent = Ratio(15);
    const AllocationProblems problems = validatePolicy(policy);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].subject == QStringLiteral("welfare"));
    CHECK(problems[0].message == QStringLiteral("ร้อยละของหัว \"สวัสดิการสมาชิก\" ติดลบ (-5 %)"));
}

TEST_CASE("policy: exactly one reserve, at most one dividend and one refund", "[policy]") {
    AllocationPolicy noReserve = defaultSavingsGroupPolicy();
    headByKey(noReserve, QStringLiteral("reserve"))->kind = HeadKind::Lump;
    CHECK(messages(validatePolicy(noReserve)) ==
          QStringList{QStringLiteral("ต้องมีหัวทุนสำรองหนึ่งหัว เพื่อรับเศษจากการปัดเศษ")});

    AllocationPolicy twice = defaultSavingsGroupPolicy();
    headByKey(twice, QStringLiteral("welfare"))->kind = HeadKind::Reserve;
    headByKey(twice, QStringLiteral("committee"))->kind = HeadKind::Dividend;
    headByKey(twice, QStringLiteral("promotion"))->kind = HeadKind::Refund;
    CHECK(messages(validatePolicy(twice)) ==
          QStringList{QStringLiteral("มีหัวทุนสำรอง 2 หัว ต้องมีเพียงหัวเดียว"),
                      QStringLiteral("มีหัวปันผล 2 หัว ต้องมีไม่เกินหนึ่งหัว"),
                      QStringLiteral("มีหัวเฉลี่ยคืน 2 หัว ต้องมีไม่เกินหนึ่งหัว")});
}

TEST_CASE("policy: a policy without dividend or refund heads is fine", "[policy]") {
    AllocationPolicy policy;
    policy.heads = {
        {QStringLiteral("reserve"), QStringLiteral("ทุนสำรอง"), HeadKind::Reserve, Ratio(0)},
        {QStringLiteral("welfare"), QStringLiteral("สวัสดิการ"), HeadKind::Lump, Ratio(100)}};
    CHECK(validatePolicy(policy).empty());
}

TEST_CASE("policy: head keys and names must be present and keys unique", "[policy]") {
    AllocationPolicy policy = defaultSavingsGroupPolicy();
    policy.heads[3].key = QStringLiteral("welfare");  // committee now repeats welfare's key
    policy.heads[5].key.clear();
    policy.heads[6].name = QStringLiteral("  ");
    CHECK(messages(validatePolicy(policy)) ==
          QStringList{QStringLiteral("รหัสหัวการจัดสรร \"welfare\" ซ้ำกัน"),
                      QStringLiteral("หัวการจัดสรรที่ 6 ไม่มีรหัส"),
                      QStringLiteral("หัวการจัดสรรที่ 7 ไม่มีชื่อ")});
}

TEST_CASE("policy: enum keys for stored runs round-trip", "[policy]") {
    for (HeadKind kind : {HeadKind::Reserve, HeadKind::Dividend, HeadKind::Refund, HeadKind::Lump})
        CHECK(headKindFromKey(headKindKey(kind)) == kind);
    for (DividendBasis basis : {DividendBasis::TimeWeightedMonthly, DividendBasis::YearEndBalance})
        CHECK(dividendBasisFromKey(dividendBasisKey(basis)) == basis);
    for (PayoutRounding r : {PayoutRounding::Satang, PayoutRounding::WholeBahtDown})
        CHECK(payoutRoundingFromKey(payoutRoundingKey(r)) == r);
    CHECK(dividendBasisKey(DividendBasis::TimeWeightedMonthly) ==
          QStringLiteral("time_weighted_monthly"));
    CHECK(payoutRoundingKey(PayoutRounding::WholeBahtDown) == QStringLiteral("whole_baht_down"));
    CHECK_FALSE(headKindFromKey(QStringLiteral("bonus")).has_value());
}
