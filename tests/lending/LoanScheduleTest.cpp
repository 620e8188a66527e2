#include "LendingTestSupport.h"

// Expected figures come from worked_numbers.py in this folder: exact fractions,
// Decimal ROUND_HALF_UP to the satang, written from DOMAIN.md §2, not from this code.

using namespace thanrak;
using namespace thanrak::test;

TEST_CASE("flat: 10,000 at 1 %/month over 10 months costs 1,000.00 in interest") {
    const auto rows =
        buildSchedule(loan("10,000", "1", RatePeriod::Month, 10, InterestMethod::Flat));
    REQUIRE(rows.size() == 10);
    for (const Instalment& row : rows) {
        CHECK(row.principal == money("1,000.00"));
        CHECK(row.interest == money("100.00"));  // round(10,000 × 0.01) every month
        CHECK(row.payment == money("1,100.00"));
    }
    CHECK(rows[0].balance == money("9,000.00"));
    CHECK(rows.back().balance == Money());
    const ScheduleTotals totals = scheduleTotals(rows);
    CHECK(totals.interest == money("1,000.00"));
    CHECK(totals.principal == money("10,000.00"));
    CHECK(totals.payment == money("11,000.00"));
}

TEST_CASE("flat: the odd satang of the principal go to the first instalments") {
    // 10,000.00 / 12 = 833.33 r 4 satang: instalments 1-4 take 833.34.
    const auto rows =
        buildSchedule(loan("10,000", "1", RatePeriod::Month, 12, InterestMethod::Flat));
    REQUIRE(rows.size() == 12);
    checkRow(rows[0], {"833.34", "100.00", "933.34", "9,166.66"});
    checkRow(rows[3], {"833.34", "100.00", "933.34", "6,666.64"});
    checkRow(rows[4], {"833.33", "100.00", "933.33", "5,833.31"});
    checkRow(rows[11], {"833.33", "100.00", "933.33", "0.00"});
    CHECK(scheduleTotals(rows).principal == money("10,000.00"));
    CHECK(scheduleTotals(rows).interest == money("1,200.00"));
}

TEST_CASE("flat: interest rounds half-up to the satang") {
    // 1,234.50 × 0.01 = 12.345 -> 12.35 (half-even would give 12.34).
    const auto rows =
        buildSchedule(loan("1,234.50", "1", RatePeriod::Month, 3, InterestMethod::Flat));
    REQUIRE(rows.size() == 3);
    checkRow(rows[0], {"411.50", "12.35", "423.85", "823.00"});
    checkRow(rows[2], {"411.50", "12.35", "423.85", "0.00"});
    CHECK(scheduleTotals(rows).interest == money("37.05"));
}

TEST_CASE("equal principal: 10,000 at 1 %/month over 10 months, interest 100, 90, ..., 10") {
    const auto rows =
        buildSchedule(loan("10,000", "1", RatePeriod::Month, 10, InterestMethod::EqualPrincipal));
    REQUIRE(rows.size() == 10);
    for (int k = 0; k < 10; ++k) {
        INFO("instalment " << k + 1);
        CHECK(rows[k].principal == money("1,000.00"));
        CHECK(rows[k].interest == Money::fromBaht(100 - 10 * k));  // balance before × 0.01
        CHECK(rows[k].balance == Money::fromBaht(9000 - 1000 * k));
    }
    CHECK(rows[1].payment == money("1,090.00"));
    CHECK(scheduleTotals(rows).interest == money("550.00"));
}

TEST_CASE("equal principal: interest on each balance rounds half-up") {
    // Balances 1,234.50, 823.00, 411.50 × 0.01 = 12.345, 8.23, 4.115 -> 12.35, 8.23, 4.12.
    const auto rows =
        buildSchedule(loan("1,234.50", "1", RatePeriod::Month, 3, InterestMethod::EqualPrincipal));
    REQUIRE(rows.size() == 3);
    checkRow(rows[0], {"411.50", "12.35", "423.85", "823.00"});
    checkRow(rows[1], {"411.50", "8.23", "419.73", "411.50"});
    checkRow(rows[2], {"411.50", "4.12", "415.62", "0.00"});
    CHECK(scheduleTotals(rows).interest == money("24.70"));
}

TEST_CASE("annuity: 10,000 at 1 %/month over 10 months pays 1,055.82 a month") {
    // PMT = 10,000 × 0.01 / (1 − 1.01^−10) = 1,055.8207... -> 1,055.82; each month
    // interest = round(balance × 0.01), principal = 1,055.82 − interest; the last
    // instalment clears the remaining 1,045.37 exactly.
    CHECK(annuityPayment(money("10,000"), Ratio(1, 100), 10) == money("1,055.82"));
    const ExpectedRow expected[] = {
        {"955.82", "100.00", "1,055.82", "9,044.18"},
        {"965.38", "90.44", "1,055.82", "8,078.80"},
        {"975.03", "80.79", "1,055.82", "7,103.77"},
        {"984.78", "71.04", "1,055.82", "6,118.99"},
        {"994.63", "61.19", "1,055.82", "5,124.36"},
        {"1,004.58", "51.24", "1,055.82", "4,119.78"},
        {"1,014.62", "41.20", "1,055.82", "3,105.16"},
        {"1,024.77", "31.05", "1,055.82", "2,080.39"},
        {"1,035.02", "20.80", "1,055.82", "1,045.37"},
        {"1,045.37", "10.45", "1,055.82", "0.00"},
    };
    for (const LoanTerms& terms :
         {loan("10,000", "1", RatePeriod::Month, 10, InterestMethod::Annuity),
          loan("10,000", "12", RatePeriod::Year, 10, InterestMethod::Annuity)}) {
        const auto rows = buildSchedule(terms);
        REQUIRE(rows.size() == 10);
        for (std::size_t k = 0; k < rows.size(); ++k) checkRow(rows[k], expected[k]);
        CHECK(scheduleTotals(rows).interest == money("558.20"));
    }
}

TEST_CASE("annuity: the last payment absorbs the rounding of the level payment") {
    // 10,000 at 1.25 %/month over 12 months: PMT 902.58; the last instalment
    // pays the remaining 891.48 + round(891.48 × 0.0125 = 11.1435) = 902.62.
    const auto rows =
        buildSchedule(loan("10,000", "1.25", RatePeriod::Month, 12, InterestMethod::Annuity));
    REQUIRE(rows.size() == 12);
    checkRow(rows[0], {"777.58", "125.00", "902.58", "9,222.42"});
    checkRow(rows[10], {"880.43", "22.15", "902.58", "891.48"});
    checkRow(rows[11], {"891.48", "11.14", "902.62", "0.00"});
    CHECK(scheduleTotals(rows).interest == money("831.00"));
}

TEST_CASE("annuity at a zero rate repays P/n, the last instalment taking the rest") {
    // 1,000.00 / 3 = 333.333... -> 333.33; last 1,000.00 − 666.66 = 333.34.
    CHECK(annuityPayment(money("1,000"), Ratio(), 3) == money("333.33"));
    const auto rows =
        buildSchedule(loan("1,000", "0", RatePeriod::Month, 3, InterestMethod::Annuity));
    REQUIRE(rows.size() == 3);
    checkRow(rows[0], {"333.33", "0.00", "333.33", "666.67"});
    checkRow(rows[2], {"333.34", "0.00", "333.34", "0.00"});
}

TEST_CASE("annuity never lets a tiny loan's balance go below zero") {
    // 0.05 over 10 months at 0 %: 0.5 satang rounds up to 0.01, so five months
    // clear it and the rest are empty rows, not negative balances.
    const auto rows =
        buildSchedule(loan("0.05", "0", RatePeriod::Month, 10, InterestMethod::Annuity));
    REQUIRE(rows.size() == 10);
    CHECK(rows[4].balance == Money());
    for (const Instalment& row : rows) CHECK_FALSE(row.balance.isNegative());
    CHECK(rows[9].payment == Money());
    CHECK(scheduleTotals(rows).principal == money("0.05"));
}

TEST_CASE("principal parts add up to the principal exactly, every method and term") {
    for (InterestMethod method :
         {InterestMethod::Flat, InterestMethod::EqualPrincipal, InterestMethod::Annuity}) {
        for (int months : {1, 3, 7, 12, 59, 360}) {
            const auto rows =
                buildSchedule(loan("12,345.67", "1.5", RatePeriod::Month, months, method));
            INFO(interestMethodKey(method).toStdString() << " over " << months);
            CHECK(static_cast<int>(rows.size()) == months);
            CHECK(scheduleTotals(rows).principal == money("12,345.67"));
            CHECK(rows.back().balance == Money());
        }
    }
}

TEST_CASE("due dates keep the start's day of month, clamped to the month's end") {
    const auto rows =
        buildSchedule(loan("3,000", "1", RatePeriod::Month, 3, InterestMethod::Flat, "2024-01-31"));
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].dueDate == date("2024-02-29"));
    CHECK(rows[1].dueDate == date("2024-03-31"));  // from the start, not from 29 Feb
    CHECK(rows[2].dueDate == date("2024-04-30"));
    CHECK(instalmentDueDate(date("2023-01-31"), 1) == date("2023-02-28"));
    CHECK(instalmentDueDate(date("2024-11-15"), 2) == date("2025-01-15"));
    CHECK(rows[0].number == 1);
    CHECK(rows[2].number == 3);
}
