#include "support/CatchQt.h"

#include "savings/GroupRules.h"

using namespace thanrak;

TEST_CASE("the default rules are valid and match DOMAIN.md's example group") {
    const GroupRules rules = defaultGroupRules(QDate(2026, 1, 1));
    CHECK(validateGroupRules(rules).isEmpty());
    CHECK(rules.shareValue == Money::fromBaht(50));
    CHECK(rules.entranceFee == Money::fromBaht(20));
    // 4 shares of 50 baht: 200 baht sajja a month.
    CHECK(sajjaDue(rules, 4) == Money::fromBaht(200));
    CHECK(checkPledge(rules, 20).isEmpty());
    const FieldProblems tooMany = checkPledge(rules, 21);
    REQUIRE(tooMany.size() == 1);
    CHECK(tooMany.at(0).message == QStringLiteral("ส่งสัจจะได้เดือนละ 1 ถึง 20 หุ้น (หุ้นละ 50.00 บาท)"));
}

TEST_CASE("broken rules are reported field by field") {
    GroupRules rules = defaultGroupRules(QDate(2026, 1, 1));
    rules.shareValue = Money();
    rules.minShares = 5;
    rules.maxShares = 2;
    rules.collectionDay = 31;
    rules.allocation.heads.front().percent = Ratio(11);  // heads now sum to 101 %
    QStringList fields;
    for (const FieldProblem& p : validateGroupRules(rules))
        fields << p.field;
    CHECK(fields == QStringList{QStringLiteral("share_value"), QStringLiteral("max_shares"),
                                QStringLiteral("collection_day"), QStringLiteral("allocation")});
}

TEST_CASE("the rules in force on a day are the latest version effective by then") {
    QList<GroupRules> versions{defaultGroupRules(QDate(2020, 1, 1)), defaultGroupRules(QDate(2025, 7, 1))};
    versions[1].shareValue = Money::fromBaht(100);
    CHECK(rulesOn(versions, QDate(2019, 12, 31)) == nullptr);
    CHECK(rulesOn(versions, QDate(2025, 6, 30))->shareValue == Money::fromBaht(50));
    CHECK(rulesOn(versions, QDate(2025, 7, 1))->shareValue == Money::fromBaht(100));
}
