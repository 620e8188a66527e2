#include "savings/GroupRules.h"

#include "money/MoneyFormat.h"

#include <QCoreApplication>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Savings)
};

void add(FieldProblems& problems, const char* field, const QString& message) {
    problems.append({QLatin1String(field), message});
}
}  // namespace

GroupRules defaultGroupRules(const QDate& effectiveFrom) {
    GroupRules rules;
    rules.effectiveFrom = effectiveFrom;
    rules.lateSajjaFine = FineRule::fixedAmount(Money::fromBaht(10));
    rules.lateInstalmentFine = FineRule::percentOf(Ratio(1));
    return rules;
}

GroupRules defaultVillageFundRules(const QDate& effectiveFrom) {
    GroupRules rules = defaultGroupRules(effectiveFrom);
    rules.shareValue = Money::fromBaht(100);
    rules.allocation = defaultVillageFundPolicy();
    return rules;
}

FieldProblems validateGroupRules(const GroupRules& r) {
    FieldProblems problems;
    if (!r.effectiveFrom.isValid())
        add(problems, "effective_from", Text::tr("กรุณาใส่วันที่เริ่มใช้ระเบียบ"));
    if (!r.shareValue.isPositive())
        add(problems, "share_value", Text::tr("มูลค่าหุ้นต้องมากกว่าศูนย์"));
    if (r.minShares < 1)
        add(problems, "min_shares", Text::tr("จำนวนหุ้นขั้นต่ำต่อเดือนต้องอย่างน้อย 1 หุ้น"));
    if (r.maxShares < r.minShares)
        add(problems, "max_shares", Text::tr("จำนวนหุ้นสูงสุดต่อเดือนต้องไม่น้อยกว่าจำนวนขั้นต่ำ"));
    if (r.entranceFee.isNegative())
        add(problems, "entrance_fee", Text::tr("ค่าธรรมเนียมแรกเข้าต้องไม่ติดลบ"));
    // Day 29–31 does not exist in every month; groups meet on a fixed day.
    if (r.collectionDay < 1 || r.collectionDay > 28)
        add(problems, "collection_day", Text::tr("วันสัจจะต้องอยู่ระหว่างวันที่ 1 ถึง 28 ของเดือน"));
    if (const QString p = r.lateSajjaFine.problem(); !p.isEmpty())
        add(problems, "late_sajja_fine", p);
    if (const QString p = r.lateInstalmentFine.problem(); !p.isEmpty())
        add(problems, "late_instalment_fine", p);
    if (r.consecutiveMissesLimit < 1)
        add(problems, "consecutive_misses_limit", Text::tr("จำนวนครั้งที่ผิดสัจจะติดกันต้องอย่างน้อย 1 ครั้ง"));
    for (const AllocationProblem& p : validatePolicy(r.allocation))
        add(problems, "allocation", p.message);
    return problems;
}

const GroupRules* rulesOn(const QList<GroupRules>& versions, const QDate& day) {
    const GroupRules* best = nullptr;
    for (const GroupRules& rules : versions)
        if (rules.effectiveFrom <= day && (!best || rules.effectiveFrom > best->effectiveFrom))
            best = &rules;
    return best;
}

Money sajjaDue(const GroupRules& rules, int shares) {
    return rules.shareValue * shares;
}

FieldProblems checkPledge(const GroupRules& rules, int shares) {
    FieldProblems problems;
    if (shares < rules.minShares || shares > rules.maxShares)
        add(problems, "shares",
            Text::tr("ส่งสัจจะได้เดือนละ %1 ถึง %2 หุ้น (หุ้นละ %3 บาท)")
                .arg(rules.minShares)
                .arg(rules.maxShares)
                .arg(formatMoney(rules.shareValue)));
    return problems;
}

}  // namespace thanrak
