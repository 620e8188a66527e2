#include "allocation/AllocationPolicy.h"

#include "allocation/PercentText.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace thanrak {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Allocation)
};

int countOf(const AllocationPolicy& policy, HeadKind kind) {
    return static_cast<int>(
        std::count_if(policy.heads.begin(), policy.heads.end(),
                      [kind](const AllocationHead& h) { return h.kind == kind; }));
}

// Keys and names identify a head on the printed list and in stored runs.
void checkHeadNames(const AllocationPolicy& policy, AllocationProblems& problems) {
    QSet<QString> seen;
    for (std::size_t i = 0; i < policy.heads.size(); ++i) {
        const AllocationHead& head = policy.heads[i];
        if (head.key.trimmed().isEmpty())
            problems.push_back({{}, Text::tr("หัวการจัดสรรที่ %1 ไม่มีรหัส").arg(i + 1)});
        else if (seen.contains(head.key))
            problems.push_back({head.key, Text::tr("รหัสหัวการจัดสรร \"%1\" ซ้ำกัน").arg(head.key)});
        seen.insert(head.key);
        if (head.name.trimmed().isEmpty())
            problems.push_back({head.key, Text::tr("หัวการจัดสรรที่ %1 ไม่มีชื่อ").arg(i + 1)});
    }
}

void checkPercentages(const AllocationPolicy& policy, AllocationProblems& problems) {
    Ratio sum;
    for (const AllocationHead& head : policy.heads) {
        if (head.percent.isNegative())
            problems.push_back({head.key, Text::tr("ร้อยละของหัว \"%1\" ติดลบ (%2 %)")
                                              .arg(head.name, percentText(head.percent))});
        sum += head.percent;
    }
    if (sum != Ratio(100))
        problems.push_back(
            {{}, Text::tr("ร้อยละของทุกหัวรวมกันได้ %1 % ต้องรวมกันได้ 100 % พอดี").arg(percentText(sum))});
}

// The reserve takes every rounding remainder, so there must be exactly one;
// two dividend or refund heads would make "the member's dividend" ambiguous.
void checkKinds(const AllocationPolicy& policy, AllocationProblems& problems) {
    const int reserves = countOf(policy, HeadKind::Reserve);
    if (reserves == 0)
        problems.push_back({{}, Text::tr("ต้องมีหัวทุนสำรองหนึ่งหัว เพื่อรับเศษจากการปัดเศษ")});
    else if (reserves > 1)
        problems.push_back({{}, Text::tr("มีหัวทุนสำรอง %1 หัว ต้องมีเพียงหัวเดียว").arg(reserves)});
    if (const int dividends = countOf(policy, HeadKind::Dividend); dividends > 1)
        problems.push_back({{}, Text::tr("มีหัวปันผล %1 หัว ต้องมีไม่เกินหนึ่งหัว").arg(dividends)});
    if (const int refunds = countOf(policy, HeadKind::Refund); refunds > 1)
        problems.push_back({{}, Text::tr("มีหัวเฉลี่ยคืน %1 หัว ต้องมีไม่เกินหนึ่งหัว").arg(refunds)});
}

template <typename Enum>
struct KeyOf {
    Enum value;
    const char* key;
};

constexpr KeyOf<HeadKind> kHeadKinds[] = {{HeadKind::Reserve, "reserve"},
                                          {HeadKind::Dividend, "dividend"},
                                          {HeadKind::Refund, "refund"},
                                          {HeadKind::Lump, "lump"}};
constexpr KeyOf<DividendBasis> kBases[] = {
    {DividendBasis::TimeWeightedMonthly, "time_weighted_monthly"},
    {DividendBasis::YearEndBalance, "year_end_balance"}};
constexpr KeyOf<DividendBalance> kBalances[] = {{DividendBalance::Savings, "savings"},
                                                {DividendBalance::Shares, "shares"}};
constexpr KeyOf<PayoutRounding> kRoundings[] = {{PayoutRounding::Satang, "satang"},
                                                {PayoutRounding::WholeBahtDown, "whole_baht_down"}};

template <typename Enum, std::size_t N>
QString keyFor(const KeyOf<Enum> (&table)[N], Enum value) {
    for (const auto& entry : table)
        if (entry.value == value)
            return QLatin1String(entry.key);
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueFor(const KeyOf<Enum> (&table)[N], const QString& key) {
    for (const auto& entry : table)
        if (key == QLatin1String(entry.key))
            return entry.value;
    return std::nullopt;
}

}  // namespace

const AllocationHead* AllocationPolicy::headOf(HeadKind kind) const {
    for (const AllocationHead& head : heads)
        if (head.kind == kind)
            return &head;
    return nullptr;
}

AllocationProblems validatePolicy(const AllocationPolicy& policy) {
    AllocationProblems problems;
    checkHeadNames(policy, problems);
    checkPercentages(policy, problems);
    checkKinds(policy, problems);
    return problems;
}

void checkPolicy(const AllocationPolicy& policy) {
    AllocationProblems problems = validatePolicy(policy);
    if (!problems.empty())
        throw AllocationError(QStringLiteral("allocation.policy"), std::move(problems));
}

QString headKindKey(HeadKind kind) {
    return keyFor(kHeadKinds, kind);
}
std::optional<HeadKind> headKindFromKey(const QString& key) {
    return valueFor(kHeadKinds, key);
}
QString dividendBasisKey(DividendBasis basis) {
    return keyFor(kBases, basis);
}
std::optional<DividendBasis> dividendBasisFromKey(const QString& key) {
    return valueFor(kBases, key);
}
QString dividendBalanceKey(DividendBalance balance) {
    return keyFor(kBalances, balance);
}
std::optional<DividendBalance> dividendBalanceFromKey(const QString& key) {
    return valueFor(kBalances, key);
}
QString payoutRoundingKey(PayoutRounding rounding) {
    return keyFor(kRoundings, rounding);
}
std::optional<PayoutRounding> payoutRoundingFromKey(const QString& key) {
    return valueFor(kRoundings, key);
}

}  // namespace thanrak
