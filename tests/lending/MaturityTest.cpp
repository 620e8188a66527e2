#include "LendingTestSupport.h"

#include "lending/LendingError.h"

// Expected figures from worked_numbers.py: P × annual rate × days / 365, exact,
// then ROUND_HALF_UP to the satang.

using namespace thanrak;
using namespace thanrak::test;

TEST_CASE("maturity: 20,000 at 6 %/year for 365 days earns 1,200.00 in one repayment") {
    const auto rows = buildSchedule(
        loan("20,000", "6", RatePeriod::Year, 12, InterestMethod::Maturity, "2023-01-01"));
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].number == 1);
    CHECK(rows[0].dueDate == date("2024-01-01"));  // 365 days: 2023 is not a leap year
    checkRow(rows[0], {"20,000.00", "1,200.00", "21,200.00", "0.00"});
}

TEST_CASE("maturity: 31 days earn 20,000 × 0.06 × 31 / 365 = 101.917... -> 101.92") {
    const auto rows = buildSchedule(
        loan("20,000", "6", RatePeriod::Year, 1, InterestMethod::Maturity, "2024-01-01"));
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].dueDate == date("2024-02-01"));
    CHECK(rows[0].interest == money("101.92"));
}

TEST_CASE("maturity: a leap year still divides by 365, and a monthly rate counts twelvefold") {
    // 2024-01-01 -> 2025-01-01 is 366 days: 20,000 × 0.06 × 366 / 365 = 1,203.287... -> 1,203.29.
    const auto leap = buildSchedule(
        loan("20,000", "6", RatePeriod::Year, 12, InterestMethod::Maturity, "2024-01-01"));
    CHECK(leap[0].interest == money("1,203.29"));
    // 0.5 %/month is 6 %/year.
    const auto monthly = buildSchedule(
        loan("20,000", "0.5", RatePeriod::Month, 12, InterestMethod::Maturity, "2023-01-01"));
    CHECK(monthly[0].interest == money("1,200.00"));
}

TEST_CASE("maturity: an explicit maturity date overrides the term") {
    LoanTerms terms =
        loan("20,000", "6", RatePeriod::Year, 12, InterestMethod::Maturity, "2024-01-01");
    terms.maturityDate = date("2024-02-01");
    const auto rows = buildSchedule(terms);
    CHECK(rows[0].dueDate == date("2024-02-01"));
    CHECK(rows[0].interest == money("101.92"));
}

TEST_CASE("daily accrual for part periods and early payoff") {
    // 8,000.00 at 1 %/month (12 %/year) from 15 Mar to 2 Apr 2024, 18 days:
    // 8,000 × 0.12 × 18 / 365 = 47.342... -> 47.34.
    const LoanTerms terms = loan("10,000", "1", RatePeriod::Month, 10, InterestMethod::Annuity);
    CHECK(accruedInterest(terms, money("8,000"), date("2024-03-15"), date("2024-04-02")) ==
          money("47.34"));
    CHECK(accruedInterest(terms, money("8,000"), date("2024-03-15"), date("2024-03-15")) ==
          Money());
    CHECK(errorCode([&] {
              accruedInterest(terms, money("8,000"), date("2024-04-02"), date("2024-03-15"));
          }) == QStringLiteral("loan.dates"));
    CHECK(errorCode([&] { accruedInterest(terms, money("8,000"), QDate(), date("2024-03-15")); }) ==
          QStringLiteral("loan.dates"));
}
