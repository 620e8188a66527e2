#include "support/CatchMoney.h"

#include "savings/BeneficiaryRepository.h"
#include "savings/GroupRulesRepository.h"
#include "savings/LoanProductRepository.h"
#include "savings/SpouseRepository.h"
#include "savings/StoredDecimal.h"
#include "storage/Sql.h"
#include "support/SavingsFixture.h"

using namespace thanrak;
using test::day;
using test::money;

TEST_CASE("rates and percentages are stored as exact decimal text") {
    CHECK(storedDecimal(Ratio(60)) == QStringLiteral("60"));
    CHECK(storedDecimal(Ratio::parse(u"1.25")) == QStringLiteral("1.25"));
    CHECK(storedDecimal(Ratio::parse(u"0.000001")) == QStringLiteral("0.000001"));
    CHECK(storedDecimal(Ratio::parse(u"12345.5")) ==
          QStringLiteral("12345.5"));  // no thousands comma
    CHECK_FALSE(storedDecimal(Ratio(100, 3)).has_value());
    CHECK_FALSE(storedDecimal(Ratio(-1)).has_value());
    CHECK(readStoredDecimal(QStringLiteral("1.25")) == Ratio(5, 4));
}

TEST_CASE("rule versions are kept whole, found by day, and never edited") {
    test::SavingsFixture f;
    GroupRulesRepository repo(f.db());
    GroupRules july = defaultGroupRules(day("2026-07-01"));
    july.shareValue = Money::fromBaht(100);
    july.lateInstalmentFine = FineRule::percentOf(Ratio::parse(u"1.5"));
    july.allocation.heads.at(0).percent = Ratio::parse(u"12.5");
    july.allocation.heads.at(1).percent = Ratio::parse(u"57.5");
    july.allocation.payoutRounding = PayoutRounding::WholeBahtDown;
    const GroupRulesVersion saved = repo.save(f.group.id, july);

    CHECK(repo.versions(f.group.id).size() == 2);
    CHECK(repo.current(f.group.id, day("2026-06-30"))->id == f.rules.id);
    const GroupRulesVersion read = *repo.current(f.group.id, day("2026-07-01"));
    CHECK(read.id == saved.id);
    CHECK(read.rules.shareValue == Money::fromBaht(100));
    CHECK(read.rules.lateInstalmentFine.percent == Ratio(3, 2));
    CHECK(read.rules.lateSajjaFine.fixed == Money::fromBaht(10));
    REQUIRE(read.rules.allocation.heads.size() == 7);
    CHECK(read.rules.allocation.heads.at(0).key == QStringLiteral("reserve"));
    CHECK(read.rules.allocation.heads.at(0).percent == Ratio(25, 2));
    CHECK(read.rules.allocation.heads.at(2).kind == HeadKind::Refund);
    CHECK(read.rules.allocation.payoutRounding == PayoutRounding::WholeBahtDown);
    CHECK_FALSE(repo.current(f.group.id, day("2025-12-31")).has_value());

    // Same start date again: refused; the stored version cannot be updated.
    const FieldProblems twice = repo.check(f.group.id, july);
    REQUIRE(twice.size() == 1);
    CHECK(twice.at(0).field == QStringLiteral("effective_from"));
    CHECK_THROWS_AS(
        sql::run(f.db().connection(),
                 QStringLiteral("UPDATE group_rules SET share_value = 1 WHERE id = ?"), {saved.id}),
        Error);
    GroupRules thirds = defaultGroupRules(day("2026-09-01"));
    thirds.lateSajjaFine = FineRule::percentOf(Ratio(1, 3));
    CHECK_THROWS_AS(repo.save(f.group.id, thirds), ValidationError);
}

TEST_CASE("loan products keep their terms and unique names") {
    test::SavingsFixture f;
    LoanProductRepository repo(f.db());
    LoanProduct emergency;
    emergency.name = QStringLiteral("เงินกู้ฉุกเฉิน");
    emergency.savingsMultiple = Ratio::parse(u"1.5");
    emergency.absoluteCap = Money::fromBaht(3000);
    emergency.maxMonths = 3;
    emergency.ratePercent = Ratio::parse(u"1.25");
    emergency.method = InterestMethod::Flat;
    repo.save(f.group.id, emergency);
    const LoanProduct read = *repo.find(f.group.id, emergency.id);
    CHECK(read.savingsMultiple == Ratio(3, 2));
    CHECK(read.ratePercent == Ratio(5, 4));
    CHECK(read.method == InterestMethod::Flat);
    CHECK(read.absoluteCap == Money::fromBaht(3000));
    CHECK(repo.list(f.group.id).size() == 2);

    LoanProduct copy = emergency;
    copy.id.clear();
    CHECK_THROWS_AS(repo.save(f.group.id, copy), ValidationError);
    emergency.active = false;
    repo.save(f.group.id, emergency);
    CHECK(repo.list(f.group.id).size() == 1);
    CHECK(repo.list(f.group.id, true).size() == 2);
}

TEST_CASE("beneficiaries' shares must sum to exactly 100 %") {
    test::SavingsFixture f;
    const QString member = f.join(QStringLiteral("มาลี"), 2, day("2026-01-10"));
    BeneficiaryRepository repo(f.db());
    QList<Beneficiary> heirs{
        {{}, QStringLiteral("นายสมชาย"), QStringLiteral("คู่สมรส"), Ratio(60)},
        {{}, QStringLiteral("ด.ญ.ดวงใจ"), QStringLiteral("บุตร"), Ratio::parse(u"39.99")}};
    try {
        repo.save(member, heirs);
        FAIL("99.99 % was accepted");
    } catch (const ValidationError& e) {
        CHECK(e.message() ==
              QStringLiteral("ส่วนแบ่งของผู้รับประโยชน์รวมกันได้ร้อยละ 99.99 ต้องรวมกันได้ร้อยละ 100 พอดี"));
    }
    CHECK(repo.list(member).isEmpty());
    heirs[1].percent = Ratio(40);
    repo.save(member, heirs);
    const QString keptId = heirs.at(0).id;
    QList<Beneficiary> read = repo.list(member);
    REQUIRE(read.size() == 2);
    CHECK(read.at(1).percent == Ratio(40));
    // One left out, the other now takes everything: the row keeps its id.
    QList<Beneficiary> one{read.at(0)};
    one[0].percent = Ratio(100);
    repo.save(member, one);
    read = repo.list(member);
    REQUIRE(read.size() == 1);
    CHECK(read.at(0).id == keptId);
}

TEST_CASE("spouses are linked both ways") {
    test::SavingsFixture f;
    const Person wife = f.addPerson(QStringLiteral("บุญมา"), QStringLiteral("ดีงาม"));
    const Person husband = f.addPerson(QStringLiteral("สมชาย"), QStringLiteral("ดีงาม"));
    SpouseRepository spouses(f.db());
    spouses.link(wife.id, husband.id);
    CHECK(spouses.spouseOf(wife.id) == husband.id);
    CHECK(spouses.spouseOf(husband.id) == wife.id);
    spouses.unlink(husband.id);
    CHECK(spouses.spouseOf(wife.id).isEmpty());
    CHECK_THROWS_AS(spouses.link(wife.id, wife.id), ValidationError);
}
