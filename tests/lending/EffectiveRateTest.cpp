#include "LendingTestSupport.h"

#include "lending/EffectiveRate.h"

// Rates from worked_numbers.py: the monthly rate of return found by bisection on
// exact Python fractions over the schedule's rounded payments, then 12 × i,
// rounded half-up to 0.01 %.

using namespace thanrak;
using namespace thanrak::test;

namespace {
QString percent(const Ratio& rate, int decimals) {
    return formatDecimal(rate * Ratio(100), decimals);
}
}  // namespace

TEST_CASE("the monthly rate of return of simple cash flows") {
    // 100 now, 110 a month later: exactly 10 % a month, found to within 2^-64.
    const Ratio tenPercent = monthlyInternalRate(money("100"), {money("110")});
    const Ratio step(BigInt(1), BigInt(1) << 64);
    CHECK(tenPercent <= Ratio(1, 10));
    CHECK(tenPercent + step > Ratio(1, 10));
    // Nothing in month one, 121 in month two: 1.1² = 1.21, again 10 %.
    CHECK(percent(monthlyInternalRate(money("100"), {Money(), money("121")}), 10) ==
          QStringLiteral("10.0000000000"));
    // Less back than lent: a negative rate, −10 %.
    CHECK(percent(monthlyInternalRate(money("100"), {money("90")}), 10) ==
          QStringLiteral("-10.0000000000"));
    CHECK(monthlyInternalRate(money("100"), {money("50"), money("50")}) == Ratio());
}

TEST_CASE("a rate of return needs a loan and some repayment") {
    CHECK(errorCode([] { monthlyInternalRate(Money(), {money("1")}); }) ==
          QStringLiteral("loan.rate"));
    CHECK(errorCode([] { monthlyInternalRate(money("1"), {Money()}); }) ==
          QStringLiteral("loan.rate"));
    CHECK(errorCode([] { monthlyInternalRate(money("1"), {}); }) == QStringLiteral("loan.rate"));
    CHECK(errorCode([] {
              monthlyInternalRate(money("1"), {money("2"), money("-1")});
          }) == QStringLiteral("loan.rate"));
}

TEST_CASE("flat 1 %/month is about 21.3 % a year: 21.26 % over 10 months, 21.46 % over 12") {
    // 12 months: payments 933.34 ×4 and 933.33 ×8 on 10,000; monthly
    // 1.78810283 %, nominal 21.457234 % (compounded it would be 23.70 %).
    const LoanTerms twelve = loan("10,000", "1", RatePeriod::Month, 12, InterestMethod::Flat);
    const Ratio monthly = nominalAnnualRate(twelve) / Ratio(12);
    CHECK(percent(monthly, 8) == QStringLiteral("1.78810283"));
    CHECK(roundRateToBasisPoint(nominalAnnualRate(twelve)) == Ratio(2146, 10000));
    CHECK(formatRatePercent(nominalAnnualRate(twelve)) == QStringLiteral("21.46 %"));
    // 10 months, the DOMAIN.md example loan: monthly 1.77154269 %, nominal 21.258512 %.
    const LoanTerms ten = loan("10,000", "1", RatePeriod::Month, 10, InterestMethod::Flat);
    CHECK(percent(nominalAnnualRate(ten) / Ratio(12), 8) == QStringLiteral("1.77154269"));
    CHECK(formatRatePercent(nominalAnnualRate(ten)) == QStringLiteral("21.26 %"));
}

TEST_CASE("flat 1 %/month breaks the 15 % cap and says so in Thai") {
    const LegalCapCheck check =
        checkLegalCap(loan("10,000", "1", RatePeriod::Month, 12, InterestMethod::Flat));
    CHECK(check.exceedsCap);
    CHECK(check.warning ==
          QStringLiteral("อัตราดอกเบี้ยที่แท้จริงของเงินกู้นี้ประมาณร้อยละ 21.46 ต่อปี "
                         "เกินเพดานร้อยละ 15 ต่อปีตามประมวลกฎหมายแพ่งและพาณิชย์ มาตรา 654"));
}

TEST_CASE("equal principal at 1 %/month is 12.00 % a year: no warning") {
    // Interest exactly 1 % of each balance, so the rate of return is exactly 1 %.
    const LoanTerms terms =
        loan("10,000", "1", RatePeriod::Month, 10, InterestMethod::EqualPrincipal);
    const Ratio annual = nominalAnnualRate(terms);
    CHECK(annual <= Ratio(12, 100));
    CHECK(roundRateToBasisPoint(annual) == Ratio(12, 100));
    const LegalCapCheck check = checkLegalCap(terms);
    CHECK_FALSE(check.exceedsCap);
    CHECK(check.warning.isEmpty());
}

TEST_CASE("annuity at 1.25 %/month sits on the 15 % boundary and is not flagged") {
    // Monthly 1.24999977 % (rounded payments), nominal 14.999997 % -> 15.00 %.
    const LoanTerms onCap = loan("10,000", "1.25", RatePeriod::Month, 12, InterestMethod::Annuity);
    CHECK(percent(nominalAnnualRate(onCap) / Ratio(12), 8) == QStringLiteral("1.24999977"));
    CHECK(formatRatePercent(nominalAnnualRate(onCap)) == QStringLiteral("15.00 %"));
    CHECK_FALSE(checkLegalCap(onCap).exceedsCap);
    // 1.26 %/month: nominal 15.120278 % -> 15.12 %, over the cap.
    const LoanTerms over = loan("10,000", "1.26", RatePeriod::Month, 12, InterestMethod::Annuity);
    CHECK(formatRatePercent(nominalAnnualRate(over)) == QStringLiteral("15.12 %"));
    CHECK(checkLegalCap(over).exceedsCap);
}

TEST_CASE("the cap compares the rate as shown, rounded to 0.01 %, strictly above 15 %") {
    CHECK(legalAnnualInterestCap() == Ratio(15, 100));
    CHECK_FALSE(exceedsLegalCap(Ratio(15, 100)));
    CHECK_FALSE(exceedsLegalCap(Ratio(150049, 1000000)));  // 15.0049 % shows as 15.00 %
    CHECK(exceedsLegalCap(Ratio(15005, 100000)));          // 15.005 % shows as 15.01 %
    CHECK(exceedsLegalCap(Ratio(1501, 10000)));
}

TEST_CASE("a maturity loan's rate is the simple yearly rate it charges") {
    // 20,000 at 6 %/year for 365 days: 1,200 / 20,000 × 365 / 365 = 6 % exactly.
    const LoanTerms six =
        loan("20,000", "6", RatePeriod::Year, 12, InterestMethod::Maturity, "2023-01-01");
    CHECK(nominalAnnualRate(six) == Ratio(6, 100));
    // 15 %/year for 31 days: interest 254.79; 254.79 / 20,000 × 365 / 31 = 14.99973 % -> 15.00 %.
    const LoanTerms fifteen =
        loan("20,000", "15", RatePeriod::Year, 1, InterestMethod::Maturity, "2024-01-01");
    CHECK(nominalAnnualRate(fifteen) == Ratio(25479 * 365, 2000000 * 31));
    CHECK_FALSE(checkLegalCap(fifteen).exceedsCap);
    CHECK(checkLegalCap(loan("20,000", "16", RatePeriod::Year, 1, InterestMethod::Maturity))
              .exceedsCap);
}

TEST_CASE("a 30-year annuity's rate is found exactly, and quickly") {
    // 10,000 at 1 %/month over 360 months: nominal 12.000006 % -> 12.00 %.
    const LoanTerms terms = loan("10,000", "1", RatePeriod::Month, 360, InterestMethod::Annuity);
    CHECK(percent(nominalAnnualRate(terms), 6) == QStringLiteral("12.000006"));
}
