#include "MoneyTestSupport.h"

#include <limits>

using namespace thanrak;
using namespace thanrak::test;

namespace {
constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();
}  // namespace

TEST_CASE("Money stores whole satang", "[money]") {
    CHECK(Money().satang() == 0);
    CHECK(Money().isZero());
    CHECK(satang(123450).satang() == 123450);
    CHECK(baht(1234).satang() == 123400);
    CHECK(baht(-5).satang() == -500);
    CHECK(satang(-1).isNegative());
    CHECK(satang(1).isPositive());
    CHECK_FALSE(satang(0).isNegative());
    CHECK(satang(-250).abs() == satang(250));
}

TEST_CASE("Money compares by value", "[money]") {
    CHECK(baht(1) == satang(100));
    CHECK(baht(1) != satang(101));
    CHECK(satang(-1) < satang(0));
    CHECK(baht(2) > satang(199));
    CHECK(satang(5) <= satang(5));
}

TEST_CASE("Money adds, subtracts and negates", "[money]") {
    CHECK(satang(123450) + satang(-7) == satang(123443));
    CHECK(baht(10) - satang(1) == satang(999));
    CHECK(-satang(7) == satang(-7));
    Money m = baht(5);
    m += satang(50);
    CHECK(m == satang(550));
    m -= baht(10);
    CHECK(m == satang(-450));
    CHECK(satang(250) * 3 == satang(750));
    CHECK(-2 * satang(250) == satang(-500));
    m *= -1;
    CHECK(m == satang(450));
}

TEST_CASE("Money overflow is an error, never a wrap", "[money][overflow]") {
    const Money max = satang(kMax);
    const Money min = satang(kMin);
    CHECK(moneyErrorCode([&] { return max + satang(1); }) == "money.overflow");
    CHECK(moneyErrorCode([&] { return min - satang(1); }) == "money.overflow");
    CHECK(moneyErrorCode([&] { return min + satang(-1); }) == "money.overflow");
    CHECK(moneyErrorCode([&] { return -min; }) == "money.overflow");
    CHECK(moneyErrorCode([&] { return min.abs(); }) == "money.overflow");
    CHECK(moneyErrorCode([&] { return max * 2; }) == "money.overflow");
    CHECK(moneyErrorCode([&] { return min * -1; }) == "money.overflow");
    CHECK(moneyErrorCode([&] { return Money::fromBaht(kMax / 100 + 1); }) == "money.overflow");
    CHECK(moneyErrorCode([&] {
              Money m = max;
              m += satang(1);
          }) == "money.overflow");

    // The largest amounts themselves are fine.
    CHECK(max - satang(1) + satang(1) == max);
    CHECK(-max == satang(-kMax));
    CHECK(Money::fromBaht(kMax / 100).satang() == kMax / 100 * 100);
}

TEST_CASE("Money overflow message names the calculation in Thai", "[money][overflow]") {
    try {
        (void)(satang(kMax) + satang(1));
        FAIL("no exception");
    } catch (const MoneyError& e) {
        CHECK(e.message() ==
              QStringLiteral("ผลการคำนวณ 92,233,720,368,547,758.07 + 0.01 "
                             "เกินวงเงินที่โปรแกรมรองรับ (ไม่เกิน 92,233,720,368,547,758.07 บาท)"));
    }
}

TEST_CASE("Money::times rounds a tie of half a satang by the chosen mode", "[money][rounding]") {
    const Ratio half(1, 2);
    // 0.01 × ½ = 0.005 and −0.01 × ½ = −0.005, exactly.
    CHECK(satang(1).times(half, RoundingMode::HalfUp) == satang(1));
    CHECK(satang(1).times(half, RoundingMode::HalfEven) == satang(0));
    CHECK(satang(1).times(half, RoundingMode::Down) == satang(0));
    CHECK(satang(-1).times(half, RoundingMode::HalfUp) == satang(-1));
    CHECK(satang(-1).times(half, RoundingMode::HalfEven) == satang(0));
    CHECK(satang(-1).times(half, RoundingMode::Down) == satang(0));
    // 0.03 × ½ = 0.015: half-even goes to the even 0.02, as does half-up.
    CHECK(satang(3).times(half, RoundingMode::HalfEven) == satang(2));
    CHECK(satang(3).times(half) == satang(2));  // HalfUp is the default
}

TEST_CASE("Flat interest: 10,000.00 at 1 % a month for 10 months", "[money][interest]") {
    // DOMAIN.md §2: interest 1,000, 1,100 a month. 10,000 × 0.01 = 100; × 10 = 1,000.
    const Money principal = baht(10000);
    const Ratio rate = Ratio::percent(u"1");
    CHECK(principal.times(rate) == baht(100));
    CHECK(principal.times(rate * Ratio(10)) == baht(1000));
    CHECK((principal + principal.times(rate * Ratio(10))).times(Ratio(1, 10)) == baht(1100));
}

TEST_CASE("Declining balance, equal principal: interest 100, 90, ..., 10", "[money][interest]") {
    // Balance falls by 1,000 each month; 1 % of it is 100, 90, …, 10; total 550.
    const Ratio rate = Ratio::percent(u"1");
    Money balance = baht(10000);
    Money total;
    for (int month = 0; month < 10; ++month) {
        CHECK(balance.times(rate) == baht(100 - 10 * month));
        total += balance.times(rate);
        balance -= baht(1000);
    }
    CHECK(total == baht(550));
    CHECK(balance.isZero());
}

TEST_CASE("Daily accrual: principal × annual rate × days / 365", "[money][interest]") {
    const Money principal = baht(20000);
    const Ratio annual = Ratio::percent(u"6");
    // 20,000 × 0.06 × 365/365 = 1,200 exactly.
    CHECK(principal.times(annual * Ratio(365, 365)) == baht(1200));
    // 20,000 × 0.06 × 31/365 = 101.9178… → 101.92 (python3 fractions).
    CHECK(principal.times(annual * Ratio(31, 365)) == satang(10192));
    CHECK(principal.times(annual * Ratio(31, 365), RoundingMode::Down) == satang(10191));
}

TEST_CASE("Money::times is exact before its single rounding", "[money][rounding]") {
    // 1/3 + 1/3 + 1/3 of 0.01 would be 0 three times; one product of 1 gives 0.01.
    CHECK(satang(1).times(Ratio(1, 3)) == satang(0));
    CHECK(satang(1).times(Ratio(1, 3) + Ratio(1, 3) + Ratio(1, 3)) == satang(1));
    CHECK(satang(kMax).times(Ratio(1)) == satang(kMax));
    CHECK(moneyErrorCode([] { return satang(kMax).times(Ratio(2)); }) == "money.overflow");
    CHECK(moneyErrorCode([] { return satang(kMax).times(Ratio(kMax)); }) == "money.overflow");
}

TEST_CASE("Money::ratioTo gives the exact share of a whole", "[money]") {
    CHECK(baht(25).ratioTo(baht(100)) == Ratio(1, 4));
    CHECK(satang(-1).ratioTo(satang(3)) == Ratio(-1, 3));
    // Refund: pool × member's interest / total interest.
    CHECK(baht(1000).times(baht(150).ratioTo(baht(450))) == satang(33333));
    CHECK(moneyErrorCode([] { return baht(1).ratioTo(Money()); }) == "money.division_by_zero");
}
