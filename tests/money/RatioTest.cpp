#include "MoneyTestSupport.h"

#include <limits>

using namespace thanrak;
using namespace thanrak::test;

TEST_CASE("Ratio is normalised and exact", "[ratio]") {
    CHECK(Ratio(2, 4) == Ratio(1, 2));
    CHECK(Ratio(1, -2) == Ratio(-1, 2));
    CHECK(Ratio(1, -2).denominator() == 2);
    CHECK(Ratio(1, -2).numerator() == -1);
    CHECK(Ratio() == Ratio(0));
    CHECK(Ratio().isZero());
    CHECK(Ratio(-1, 3).isNegative());
    CHECK(Ratio(6, 4).toFractionString() == QStringLiteral("3/2"));
    CHECK(Ratio(BigInt(7)) == Ratio(7));
}

TEST_CASE("Ratio arithmetic", "[ratio]") {
    CHECK(Ratio(1, 3) + Ratio(1, 6) == Ratio(1, 2));
    CHECK(Ratio(1, 3) - Ratio(1, 2) == Ratio(-1, 6));
    CHECK(Ratio(2, 3) * Ratio(9, 4) == Ratio(3, 2));
    CHECK(Ratio(2, 3) / Ratio(4, 9) == Ratio(3, 2));
    CHECK(-Ratio(2, 3) == Ratio(-2, 3));
}

TEST_CASE("Ratio comparison", "[ratio]") {
    CHECK(Ratio(1, 3) < Ratio(1, 2));
    CHECK(Ratio(-1, 2) < Ratio(-1, 3));
    CHECK(Ratio(2, 4) <= Ratio(1, 2));
    CHECK(Ratio(5, 4) > Ratio(1));
    CHECK((Ratio(1, 2) <=> Ratio(2, 4)) == std::strong_ordering::equal);
}

TEST_CASE("Ratio division by zero is an error", "[ratio]") {
    CHECK(moneyErrorCode([] { return Ratio(1, 0); }) == "money.division_by_zero");
    CHECK(moneyErrorCode([] { return Ratio(1) / Ratio(); }) == "money.division_by_zero");
    CHECK(moneyErrorCode([] { return Ratio().pow(-1); }) == "money.division_by_zero");
}

TEST_CASE("Ratio::pow", "[ratio]") {
    CHECK(Ratio(3, 2).pow(0) == Ratio(1));
    CHECK(Ratio(3, 2).pow(3) == Ratio(27, 8));
    CHECK(Ratio(3, 2).pow(-2) == Ratio(4, 9));
    CHECK(Ratio(-1, 2).pow(-3) == Ratio(-8));
    CHECK(Ratio().pow(2) == Ratio());
    // 1.01^10 = 101^10 / 100^10 exactly; no digits lost to a double.
    const Ratio growth = Ratio(101, 100).pow(10);
    CHECK(growth.numerator() == BigInt("110462212541120451001"));
    CHECK(growth.denominator() == BigInt("100000000000000000000"));
}

TEST_CASE("Ratio::parse and Ratio::percent read decimal text", "[ratio]") {
    CHECK(Ratio::parse(u"1.25") == Ratio(5, 4));
    CHECK(Ratio::parse(u"-0.5") == Ratio(-1, 2));
    CHECK(Ratio::parse(u"0.0833") == Ratio(833, 10000));
    CHECK(Ratio::parse(u"12") == Ratio(12));
    CHECK(Ratio::percent(u"1.25") == Ratio(1, 80));
    CHECK(Ratio::percent(u"15") == Ratio(3, 20));
    CHECK(moneyErrorCode([] { return Ratio::parse(u"1.2.5"); }) == "money.parse");
    CHECK(moneyErrorCode([] { return Ratio::percent(u"1.25%"); }) == "money.parse");
}

TEST_CASE("roundToInteger in each mode", "[ratio][rounding]") {
    struct Row {
        Ratio value;
        int halfUp, halfEven, down;
    };
    // Worked by hand: ties go away from zero / to even / toward zero.
    const Row rows[] = {
        {Ratio(1, 2), 1, 0, 0},     {Ratio(-1, 2), -1, 0, 0},       {Ratio(3, 2), 2, 2, 1},
        {Ratio(-3, 2), -2, -2, -1}, {Ratio(5, 2), 3, 2, 2},         {Ratio(-5, 2), -3, -2, -2},
        {Ratio(49, 100), 0, 0, 0},  {Ratio(51, 100), 1, 1, 0},      {Ratio(-51, 100), -1, -1, 0},
        {Ratio(199, 100), 2, 2, 1}, {Ratio(-199, 100), -2, -2, -1}, {Ratio(7), 7, 7, 7},
        {Ratio(), 0, 0, 0},
    };
    for (const Row& row : rows) {
        INFO(row.value.toFractionString().toStdString());
        CHECK(roundToInteger(row.value, RoundingMode::HalfUp) == row.halfUp);
        CHECK(roundToInteger(row.value, RoundingMode::HalfEven) == row.halfEven);
        CHECK(roundToInteger(row.value, RoundingMode::Down) == row.down);
    }
}

TEST_CASE("roundToSatang: ±0.005 baht in each mode", "[ratio][rounding]") {
    // 0.005 baht = 0.5 satang.
    const Ratio plus = Ratio::parse(u"0.005") * Ratio(100);
    const Ratio minus = -plus;
    CHECK(roundToSatang(plus, RoundingMode::HalfUp) == satang(1));
    CHECK(roundToSatang(minus, RoundingMode::HalfUp) == satang(-1));  // Excel: −0.005 → −0.01
    CHECK(roundToSatang(plus, RoundingMode::HalfEven) == satang(0));
    CHECK(roundToSatang(minus, RoundingMode::HalfEven) == satang(0));
    CHECK(roundToSatang(plus, RoundingMode::Down) == satang(0));
    CHECK(roundToSatang(minus, RoundingMode::Down) == satang(0));
}

TEST_CASE("roundToSatang: half-even 0.125 -> 0.12 and 0.135 -> 0.14", "[ratio][rounding]") {
    const auto inSatang = [](const char16_t* baht) { return parseDecimal(baht) * Ratio(100); };
    CHECK(roundToSatang(inSatang(u"0.125"), RoundingMode::HalfEven) == satang(12));
    CHECK(roundToSatang(inSatang(u"0.135"), RoundingMode::HalfEven) == satang(14));
    CHECK(roundToSatang(inSatang(u"-0.125"), RoundingMode::HalfEven) == satang(-12));
    CHECK(roundToSatang(inSatang(u"0.125"), RoundingMode::HalfUp) == satang(13));
    CHECK(roundToSatang(inSatang(u"0.1251"), RoundingMode::HalfEven) == satang(13));
}

TEST_CASE("roundToSatang refuses results outside qint64", "[ratio][overflow]") {
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    const Ratio justOver = Ratio(max) + Ratio(1, 2);
    CHECK(roundToSatang(justOver, RoundingMode::Down) == satang(max));
    // max is odd, so the tie goes to the even neighbour max + 1, which does not fit.
    CHECK(moneyErrorCode([&] { return roundToSatang(justOver, RoundingMode::HalfEven); }) ==
          "money.overflow");
    CHECK(roundToSatang(justOver - Ratio(1), RoundingMode::HalfEven) == satang(max - 1));
    CHECK(moneyErrorCode([&] { return roundToSatang(justOver, RoundingMode::HalfUp); }) ==
          "money.overflow");
    // −max − 1.5 truncates to −max − 1, the most negative qint64; one more is too far.
    CHECK(roundToSatang(-justOver - Ratio(1), RoundingMode::Down) ==
          satang(std::numeric_limits<qint64>::min()));
    CHECK(moneyErrorCode([&] { return roundToSatang(-justOver - Ratio(2), RoundingMode::Down); }) ==
          "money.overflow");
}

TEST_CASE("roundToMultiple: whole baht for cash payouts", "[ratio][rounding]") {
    CHECK(roundToMultiple(Ratio(1234567), 100, RoundingMode::Down) == baht(12345));
    CHECK(roundToMultiple(Ratio(1234567), 100, RoundingMode::HalfUp) == baht(12346));
    CHECK(roundToMultiple(Ratio(1234550), 100, RoundingMode::HalfEven) == baht(12346));
    CHECK(roundToMultiple(Ratio(1234450), 100, RoundingMode::HalfEven) == baht(12344));
    CHECK(roundToMultiple(Ratio(-1234567), 100, RoundingMode::Down) == baht(-12345));
}

TEST_CASE("Annuity: 10,000.00 at 1 % a month over 10 months pays 1,055.82", "[ratio][interest]") {
    // PMT = P·r / (1 − (1+r)^−n); python3 fractions: 105582.0766 satang → 1,055.82.
    const Money principal = baht(10000);
    const Ratio r = Ratio::percent(u"1");
    const int n = 10;
    const Ratio factor = r / (Ratio(1) - (Ratio(1) + r).pow(-n));
    CHECK(principal.times(factor) == satang(105582));
    CHECK(principal.times(factor, RoundingMode::HalfUp) == parseMoney(u"1,055.82"));

    // The unrounded payment lies strictly between 1,055.82 and 1,055.83.
    const Ratio exact = Ratio(principal.satang()) * factor;
    CHECK(exact > Ratio(105582));
    CHECK(exact < Ratio(105583));
}

TEST_CASE("BigInt decimal text both ways", "[ratio]") {
    CHECK(toDecimalString(BigInt(0)) == QStringLiteral("0"));
    CHECK(toDecimalString(BigInt(-7)) == QStringLiteral("-7"));
    // Chunk boundaries: 10^18 − 1, 10^18, and a number spanning three chunks.
    CHECK(toDecimalString(BigInt("999999999999999999")) == QStringLiteral("999999999999999999"));
    CHECK(toDecimalString(BigInt("1000000000000000000")) == QStringLiteral("1000000000000000000"));
    const QString big = QStringLiteral("-1000000000000000000000000000000000000000001");
    CHECK(toDecimalString(fromDecimalDigits(big.sliced(1)) * -1) == big);
    // A leading zero is not octal.
    CHECK(fromDecimalDigits(u"0125") == 125);
    CHECK(fromDecimalDigits(u"000") == 0);
}
