#pragma once

#include "money/Rounding.h"

#include <QtGlobal>

#include <compare>

namespace thanrak {

class Ratio;

// An amount of Thai money, stored as a whole number of satang (1 baht = 100
// satang). There is deliberately no constructor from a floating-point number and
// no implicit conversion in either direction: amounts enter through fromSatang,
// fromBaht or parseMoney, and leave through satang() or formatMoney.
//
// Arithmetic is checked; a result outside qint64 throws MoneyError
// ("money.overflow") rather than wrapping into a wrong balance.
class Money {
public:
    constexpr Money() = default;  // zero

    static constexpr Money fromSatang(qint64 satang) noexcept { return Money(satang); }
    static Money fromBaht(qint64 baht);  // throws on overflow

    constexpr qint64 satang() const noexcept { return satang_; }

    constexpr bool isZero() const noexcept { return satang_ == 0; }
    constexpr bool isNegative() const noexcept { return satang_ < 0; }
    constexpr bool isPositive() const noexcept { return satang_ > 0; }
    Money abs() const;

    constexpr auto operator<=>(const Money&) const = default;

    Money operator-() const;
    Money& operator+=(Money other);
    Money& operator-=(Money other);
    Money& operator*=(qint64 factor);

    // This amount times an exact ratio (a rate, a fraction of a year, a share),
    // computed without loss and rounded once to the satang.
    Money times(const Ratio& factor, RoundingMode mode = RoundingMode::HalfUp) const;

    // The exact ratio this / whole, e.g. a member's share of the interest paid.
    // Throws MoneyError ("money.division_by_zero") when whole is zero.
    Ratio ratioTo(Money whole) const;

private:
    constexpr explicit Money(qint64 satang) noexcept : satang_(satang) {}

    qint64 satang_ = 0;
};

Money operator+(Money a, Money b);
Money operator-(Money a, Money b);
Money operator*(Money amount, qint64 factor);
Money operator*(qint64 factor, Money amount);

}  // namespace thanrak
