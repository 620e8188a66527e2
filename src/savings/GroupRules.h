#pragma once

#include "allocation/AllocationPolicy.h"
#include "domain/Validation.h"
#include "money/Money.h"
#include "savings/FineRule.h"

#include <QDate>
#include <QList>

namespace thanrak {

// A savings group's regulation (ระเบียบกลุ่ม) as numbers, effective from a
// date. The committee changes rules by adding a new version; contracts and
// allocation runs keep a copy of the version they were made under.
struct GroupRules {
    QDate effectiveFrom;
    Money shareValue = Money::fromBaht(50);  // มูลค่าหุ้นละ
    int minShares = 1;                        // หุ้นต่อเดือน อย่างน้อย
    int maxShares = 20;                       // หุ้นต่อเดือน อย่างมาก
    Money entranceFee = Money::fromBaht(20);  // ค่าธรรมเนียมแรกเข้า
    int collectionDay = 5;                    // วันสัจจะ: day of the month
    FineRule lateSajjaFine;                   // ผิดสัจจะ
    FineRule lateInstalmentFine;              // ส่งงวดเงินกู้ช้า
    bool depositsEnabled = false;             // รับเงินฝากเพิ่มเติม
    int consecutiveMissesLimit = 3;           // misses before the committee reviews membership
    AllocationPolicy allocation = defaultSavingsGroupPolicy();
};

// The defaults of DOMAIN.md §2 (50 baht a share, 1–20 shares, fee 20 baht,
// collection on the 5th): a starting point the committee edits.
GroupRules defaultGroupRules(const QDate& effectiveFrom);
// A village fund's starting rules: the same, with the village-fund allocation
// (member returns on the shares held at year end).
GroupRules defaultVillageFundRules(const QDate& effectiveFrom);

FieldProblems validateGroupRules(const GroupRules& rules);

// The version in force on `day`: the latest one effective on or before it.
const GroupRules* rulesOn(const QList<GroupRules>& versions, const QDate& day);

// Monthly sajja of a member who pledged `shares`, and whether the pledge fits
// the rules.
Money sajjaDue(const GroupRules& rules, int shares);
FieldProblems checkPledge(const GroupRules& rules, int shares);

}  // namespace thanrak
