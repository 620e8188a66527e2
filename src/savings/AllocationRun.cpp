#include "savings/AllocationRun.h"

#include "base/EnumKeys.h"
#include "money/BigInt.h"
#include "savings/StoredDecimal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace thanrak {

namespace {

constexpr EnumKeys<AllocationRunStatus, 2> kStatuses({{{AllocationRunStatus::Draft, "draft"},
                                                       {AllocationRunStatus::Posted, "posted"}}});
constexpr EnumKeys<PayoutMethod, 2> kPayouts({{{PayoutMethod::Cash, "cash"},
                                               {PayoutMethod::Savings, "savings"}}});

QJsonObject headToJson(const AllocationHead& head) {
    return {{QStringLiteral("key"), head.key},
            {QStringLiteral("name"), head.name},
            {QStringLiteral("kind"), headKindKey(head.kind)},
            {QStringLiteral("percent"), exactText(head.percent)}};
}

AllocationHead headFromJson(const QJsonObject& object) {
    return {
        object.value(QStringLiteral("key")).toString(),
        object.value(QStringLiteral("name")).toString(),
        headKindFromKey(object.value(QStringLiteral("kind")).toString()).value_or(HeadKind::Lump),
        exactFromText(object.value(QStringLiteral("percent")).toString())};
}

// The totals as the calculator sums them (AllocationCalculator.cpp sumTotals).
void sumTotals(AllocationResult& r) {
    AllocationTotals& t = r.totals;
    for (const MemberResult& m : r.members) {
        t.dividends += m.dividend;
        t.refunds += m.refund;
        t.dividendWeight += m.dividendWeight;
        t.interestPaid += m.interestPaid;
    }
    t.paidToMembers = t.dividends + t.refunds;
    if (const HeadResult* reserve = r.headOf(HeadKind::Reserve)) {
        t.movedToReserve = reserve->receivedFromHeads;
        t.reserve = reserve->finalAmount;
    }
    const HeadResult* dividend = r.headOf(HeadKind::Dividend);
    if (dividend && !t.dividendWeight.isZero())
        r.dividendRate = Ratio(dividend->pool.satang()) / t.dividendWeight;
}

}  // namespace

QString allocationRunStatusKey(AllocationRunStatus status) {
    return kStatuses.key(status);
}
std::optional<AllocationRunStatus> allocationRunStatusFromKey(const QString& key) {
    return kStatuses.fromKey(key);
}
QString payoutMethodKey(PayoutMethod method) {
    return kPayouts.key(method);
}
std::optional<PayoutMethod> payoutMethodFromKey(const QString& key) {
    return kPayouts.fromKey(key);
}

const AllocationRunMember* AllocationRun::member(const QString& membershipId) const {
    for (const AllocationRunMember& m : members)
        if (m.membershipId == membershipId)
            return &m;
    return nullptr;
}

const HeadResult* AllocationRun::head(const QString& key) const {
    for (const HeadResult& h : heads)
        if (h.key == key)
            return &h;
    return nullptr;
}

AllocationResult AllocationRun::result() const {
    AllocationResult r;
    r.year = year;
    r.policy = policy;
    const bool profitable = netProfit.isPositive();
    r.outcome = profitable ? AllocationOutcome::Allocated : AllocationOutcome::NothingToAllocate;
    r.heads = heads;
    for (const AllocationRunMember& m : members)
        r.members.push_back(
            {m.membershipId, m.dividendBasis, m.interestPaid, m.dividend, m.refund, m.total});
    r.totals.netProfit = netProfit;
    r.totals.allocated = profitable ? netProfit : Money();
    sumTotals(r);
    r.notes = notes;
    return r;
}

AllocationRun runFromResult(const AllocationResult& result, const AllocationInput& input) {
    AllocationRun run;
    run.year = result.year;
    run.policy = result.policy;
    run.netProfit = result.totals.netProfit;
    run.heads = result.heads;
    run.notes = result.notes;
    for (std::size_t i = 0; i < result.members.size(); ++i) {
        const MemberResult& m = result.members[i];
        const MemberYear& saved = input.members[i];
        run.members.push_back({m.membershipId, saved.openingBalance, yearEndBalance(saved),
                               m.dividendWeight, m.interestPaid, m.dividend, m.refund, m.total,
                               std::nullopt});
    }
    return run;
}

QString policyToJson(const AllocationPolicy& policy) {
    QJsonArray heads;
    for (const AllocationHead& head : policy.heads) heads.append(headToJson(head));
    const QJsonObject object{
        {QStringLiteral("dividend_basis"), dividendBasisKey(policy.dividendBasis)},
        {QStringLiteral("payout_rounding"), payoutRoundingKey(policy.payoutRounding)},
        {QStringLiteral("dividend_on"), dividendBalanceKey(policy.dividendOn)},
        {QStringLiteral("heads"), heads}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

AllocationPolicy policyFromJson(const QString& json) {
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    AllocationPolicy policy;
    policy.heads.clear();
    for (const QJsonValue& head : object.value(QStringLiteral("heads")).toArray())
        policy.heads.push_back(headFromJson(head.toObject()));
    policy.dividendBasis =
        dividendBasisFromKey(object.value(QStringLiteral("dividend_basis")).toString())
            .value_or(DividendBasis::TimeWeightedMonthly);
    policy.payoutRounding =
        payoutRoundingFromKey(object.value(QStringLiteral("payout_rounding")).toString())
            .value_or(PayoutRounding::Satang);
    policy.dividendOn = dividendBalanceFromKey(object.value(QStringLiteral("dividend_on")).toString())
                            .value_or(DividendBalance::Savings);
    return policy;
}

QString exactText(const Ratio& value) {
    if (std::optional<QString> decimal = storedDecimal(value))
        return *decimal;
    return value.toFractionString();
}

Ratio exactFromText(const QString& text) {
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return Ratio::parse(text);
    const QStringView view(text);
    return Ratio(fromDecimalDigits(view.left(slash)), fromDecimalDigits(view.mid(slash + 1)));
}

}  // namespace thanrak
