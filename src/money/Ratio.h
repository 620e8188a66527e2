#pragma once

#include "money/BigInt.h"
#include "money/Money.h"
#include "money/Rounding.h"

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <compare>

namespace thanrak {

// An exact rational number for rates, fractions of a year, shares and the
// intermediate steps of interest formulas. Nothing is rounded until the result
// is turned back into money with roundToSatang (or Money::times), so a formula
// such as PMT = P·r / (1 − (1+r)^−n) is rounded exactly once.
class Ratio {
public:
    using Rational = boost::multiprecision::cpp_rational;

    Ratio() = default;  // zero
    explicit Ratio(qint64 whole) : value_(whole) {}
    explicit Ratio(const BigInt& whole) : value_(whole) {}
    explicit Ratio(Rational value) : value_(std::move(value)) {}
    // Both throw MoneyError ("money.division_by_zero") when denominator is 0;
    // a negative denominator is fine (1/−2 == −1/2).
    Ratio(qint64 numerator, qint64 denominator);
    Ratio(const BigInt& numerator, const BigInt& denominator);

    // "1.25" -> 5/4. Same strict rules as parseDecimal (MoneyFormat.h).
    static Ratio parse(QStringView decimal);
    // A rate quoted in percent: percent("1.25") -> 1.25 / 100 = 1/80.
    static Ratio percent(QStringView decimal);

    const Rational& value() const noexcept { return value_; }
    BigInt numerator() const;
    BigInt denominator() const;  // always positive

    bool isZero() const { return value_.is_zero(); }
    bool isNegative() const { return value_.sign() < 0; }

    // Integer power; a negative exponent gives the reciprocal, (1+r)^−n.
    // Throws MoneyError ("money.division_by_zero") for 0 to a negative power.
    Ratio pow(int exponent) const;

    // "5/4"; exact, for messages, logs and test output.
    QString toFractionString() const;

    Ratio operator-() const { return Ratio(Rational(-value_)); }
    Ratio& operator+=(const Ratio& other);
    Ratio& operator-=(const Ratio& other);
    Ratio& operator*=(const Ratio& other);
    Ratio& operator/=(const Ratio& other);  // throws when other is zero

    friend bool operator==(const Ratio& a, const Ratio& b) { return a.value_ == b.value_; }
    friend std::strong_ordering operator<=>(const Ratio& a, const Ratio& b);

private:
    Rational value_;
};

Ratio operator+(Ratio a, const Ratio& b);
Ratio operator-(Ratio a, const Ratio& b);
Ratio operator*(Ratio a, const Ratio& b);
Ratio operator/(Ratio a, const Ratio& b);

// The nearest whole number to `value` under `mode` (see Rounding.h).
BigInt roundToInteger(const Ratio& value, RoundingMode mode);

// `satangValue` is an exact amount counted in satang (for example
// Ratio(principal.satang()) * rate); the result is rounded once and checked
// against the qint64 range (MoneyError "money.overflow").
Money roundToSatang(const Ratio& satangValue, RoundingMode mode);

// Like roundToSatang but to a multiple of `stepSatang`, e.g. 100 to pay a
// dividend in whole baht. stepSatang must be positive.
Money roundToMultiple(const Ratio& satangValue, qint64 stepSatang, RoundingMode mode);

}  // namespace thanrak
