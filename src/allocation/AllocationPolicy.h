#pragma once

#include "allocation/AllocationError.h"
#include "money/Ratio.h"

#include <QString>

#include <optional>
#include <vector>

namespace thanrak {

// What a head of the year-end allocation does with its pool (DOMAIN.md §2, §3).
enum class HeadKind {
    Reserve,   // ทุนสำรอง: keeps its pool and receives every rounding remainder
    Dividend,  // ปันผลตามหุ้น/เงินสัจจะ: shared by the members' savings (see DividendBasis)
    Refund,    // เฉลี่ยคืน: shared by the interest each member paid in the year
    Lump,  // ค่าตอบแทนกรรมการ, สวัสดิการ, สาธารณประโยชน์, …: paid out as one amount
};

// Which balance a member's dividend is proportional to.
enum class DividendBasis {
    // Money saved in month m of the year earns (12 − m + 1)/12 of a year; a
    // balance brought forward earns 12/12. Rewards saving early in the year.
    TimeWeightedMonthly,
    // The balance on the last day of the year, however long it was held.
    YearEndBalance,
};

// Which of the member's accounts the dividend is counted on: a savings
// group's sajja savings, or a village fund's shares (ผลตอบแทนตามหุ้น).
enum class DividendBalance { Savings, Shares };

// How each member's exact share becomes money to hand over.
enum class PayoutRounding {
    Satang,         // half-up to the satang
    WholeBahtDown,  // down to whole baht, for groups that pay in cash without coins
};

struct AllocationHead {
    QString key;   // stable identifier ("reserve", "dividend", …), kept in stored runs
    QString name;  // as printed on the allocation list, Thai
    HeadKind kind = HeadKind::Lump;
    Ratio percent;  // percentage points of net profit: Ratio(60) is 60 %
};

// The rules one allocation run is made under. A run stores a copy, so editing
// the group's rules later never changes a run already approved.
struct AllocationPolicy {
    std::vector<AllocationHead> heads;
    DividendBasis dividendBasis = DividendBasis::TimeWeightedMonthly;
    PayoutRounding payoutRounding = PayoutRounding::Satang;
    DividendBalance dividendOn = DividendBalance::Savings;

    // The first head of `kind`, or nullptr; validation makes it unique.
    const AllocationHead* headOf(HeadKind kind) const;
};

// Every problem, in Thai: percentages summing to exactly 100 %, none negative,
// exactly one reserve head, at most one dividend and one refund head, keys and
// names present and keys unique. Empty means the policy can be used.
AllocationProblems validatePolicy(const AllocationPolicy& policy);
// Throws AllocationError ("allocation.policy") listing validatePolicy's problems.
void checkPolicy(const AllocationPolicy& policy);

// Stable text for storing the enums with a run ("reserve", "time_weighted_monthly", …).
QString headKindKey(HeadKind kind);
std::optional<HeadKind> headKindFromKey(const QString& key);
QString dividendBasisKey(DividendBasis basis);
std::optional<DividendBasis> dividendBasisFromKey(const QString& key);
QString dividendBalanceKey(DividendBalance balance);  // "savings", "shares"
std::optional<DividendBalance> dividendBalanceFromKey(const QString& key);
QString payoutRoundingKey(PayoutRounding rounding);
std::optional<PayoutRounding> payoutRoundingFromKey(const QString& key);

// Starting points a group or fund edits to match its own regulation (ระเบียบ);
// the percentages are common practice, DOMAIN.md [default], never fixed rules.
AllocationPolicy defaultSavingsGroupPolicy();
AllocationPolicy defaultVillageFundPolicy();

}  // namespace thanrak
