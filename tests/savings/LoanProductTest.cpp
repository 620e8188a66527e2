#include "support/CatchQt.h"

#include "savings/LoanEligibility.h"

using namespace thanrak;

namespace {
LoanProduct ordinary() {
    LoanProduct p;
    p.name = QStringLiteral("เงินกู้สามัญ");
    p.savingsMultiple = Ratio(2);
    p.absoluteCap = Money::fromBaht(50000);
    p.maxMonths = 12;
    p.guarantorThreshold = Money::fromBaht(10000);
    p.guarantorsRequired = 2;
    return p;
}
}  // namespace

TEST_CASE("the loan cap is the smaller of savings times the multiple and the absolute cap") {
    const LoanProduct p = ordinary();
    CHECK(validateLoanProduct(p).isEmpty());
    CHECK(loanCap(p, Money::fromBaht(12000)) == Money::fromBaht(24000));
    CHECK(loanCap(p, Money::fromBaht(30000)) == Money::fromBaht(50000));
    LoanProduct fractional = p;
    fractional.savingsMultiple = Ratio::parse(u"1.5");
    // 1.5 × 333.33 = 499.995 -> rounded down to 499.99, never above the rule.
    CHECK(loanCap(fractional, Money::fromSatang(33333)) == Money::fromSatang(49999));
    LoanProduct emergency = p;
    emergency.savingsMultiple = Ratio();
    emergency.absoluteCap = Money::fromBaht(3000);
    CHECK(loanCap(emergency, Money()) == Money::fromBaht(3000));
}

TEST_CASE("a request over the cap, too long, or short of guarantors is explained") {
    const LoanProduct p = ordinary();
    const FieldProblems problems =
        checkLoanRequest(p, {Money::fromBaht(25000), 18, Money::fromBaht(12000), 1});
    REQUIRE(problems.size() == 3);
    CHECK(problems.at(0).message ==
          QStringLiteral("กู้เงินกู้สามัญได้ไม่เกิน 24,000.00 บาท (เงินสัจจะ 12,000.00 บาท วงเงินสูงสุด 50,000.00 บาท)"));
    CHECK(problems.at(1).field == QStringLiteral("months"));
    CHECK(problems.at(2).field == QStringLiteral("guarantors"));
    CHECK(checkLoanRequest(p, {Money::fromBaht(10000), 12, Money::fromBaht(12000), 0}).isEmpty());
    CHECK(checkLoanRequest(p, {Money(), 12, Money::fromBaht(12000), 0}).size() == 1);
}

TEST_CASE("a flat 1 % a month warns about the 15 % legal cap; declining 1 % does not") {
    LoanProduct flat = ordinary();
    flat.method = InterestMethod::Flat;
    CHECK(legalRateWarning(flat, Money::fromBaht(10000), 12, QDate(2026, 1, 5)).contains(QStringLiteral("15")));
    CHECK(legalRateWarning(ordinary(), Money::fromBaht(10000), 12, QDate(2026, 1, 5)).isEmpty());
    const LoanTerms terms = termsFor(flat, Money::fromBaht(10000), 12, QDate(2026, 1, 5));
    CHECK(terms.rate == Ratio(1, 100));
    CHECK(terms.method == InterestMethod::Flat);
}

TEST_CASE("a product needs a name, a positive cap and a sensible term") {
    LoanProduct p;
    p.absoluteCap = Money();
    p.maxMonths = 0;
    QStringList fields;
    for (const FieldProblem& problem : validateLoanProduct(p))
        fields << problem.field;
    CHECK(fields == QStringList{QStringLiteral("name"), QStringLiteral("absolute_cap"), QStringLiteral("max_months")});
}
