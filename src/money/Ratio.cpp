#include "money/Ratio.h"

#include "money/MoneyError.h"
#include "money/MoneyFormat.h"

#include <utility>

namespace thanrak {

Ratio::Ratio(qint64 numerator, qint64 denominator)
    : Ratio(BigInt(numerator), BigInt(denominator)) {}

Ratio::Ratio(const BigInt& numerator, const BigInt& denominator) {
    if (denominator.is_zero())
        throw MoneyError::divisionByZero(toDecimalString(numerator) + QStringLiteral(" ÷ 0"));
    // Boost 1.74's two-argument rational constructor rejects a negative
    // denominator instead of normalising it, so divide instead.
    value_ = Rational(numerator) / Rational(denominator);
}

Ratio Ratio::parse(QStringView decimal) {
    return parseDecimal(decimal);
}

Ratio Ratio::percent(QStringView decimal) {
    return parseDecimal(decimal) / Ratio(100);
}

BigInt Ratio::numerator() const {
    return boost::multiprecision::numerator(value_);
}

BigInt Ratio::denominator() const {
    return boost::multiprecision::denominator(value_);
}

Ratio Ratio::pow(int exponent) const {
    if (exponent < 0 && isZero())
        throw MoneyError::divisionByZero(QStringLiteral("0 ^ %1").arg(exponent));
    // cpp_rational has no pow, so raise numerator and denominator separately.
    // Unsigned negation so that even INT_MIN has a magnitude.
    const unsigned magnitude =
        exponent < 0 ? 0u - static_cast<unsigned>(exponent) : static_cast<unsigned>(exponent);
    BigInt top = boost::multiprecision::pow(numerator(), magnitude);
    BigInt bottom = boost::multiprecision::pow(denominator(), magnitude);
    if (exponent < 0)
        std::swap(top, bottom);
    return Ratio(top, bottom);
}

QString Ratio::toFractionString() const {
    return toDecimalString(numerator()) + QLatin1Char('/') + toDecimalString(denominator());
}

Ratio& Ratio::operator+=(const Ratio& other) {
    value_ += other.value_;
    return *this;
}

Ratio& Ratio::operator-=(const Ratio& other) {
    value_ -= other.value_;
    return *this;
}

Ratio& Ratio::operator*=(const Ratio& other) {
    value_ *= other.value_;
    return *this;
}

Ratio& Ratio::operator/=(const Ratio& other) {
    if (other.isZero())
        throw MoneyError::divisionByZero(toFractionString() + QStringLiteral(" ÷ 0"));
    value_ /= other.value_;
    return *this;
}

std::strong_ordering operator<=>(const Ratio& a, const Ratio& b) {
    const int sign = a.value_.compare(b.value_);
    return sign < 0   ? std::strong_ordering::less
           : sign > 0 ? std::strong_ordering::greater
                      : std::strong_ordering::equal;
}

Ratio operator+(Ratio a, const Ratio& b) {
    return a += b;
}

Ratio operator-(Ratio a, const Ratio& b) {
    return a -= b;
}

Ratio operator*(Ratio a, const Ratio& b) {
    return a *= b;
}

Ratio operator/(Ratio a, const Ratio& b) {
    return a /= b;
}

BigInt roundToInteger(const Ratio& value, RoundingMode mode) {
    const BigInt numerator = value.numerator();
    const BigInt denominator = value.denominator();
    // C++-style division: the quotient is truncated toward zero and the
    // remainder has the sign of the numerator, which is exactly RoundingMode::Down.
    BigInt quotient = numerator / denominator;
    const BigInt twiceRemainder = boost::multiprecision::abs(numerator % denominator) * 2;
    bool awayFromZero = false;
    switch (mode) {
        case RoundingMode::Down:
            break;
        case RoundingMode::HalfUp:
            awayFromZero = twiceRemainder >= denominator;
            break;
        case RoundingMode::HalfEven:
            awayFromZero = twiceRemainder > denominator ||
                           (twiceRemainder == denominator && bit_test(quotient, 0));
            break;
    }
    if (awayFromZero)
        quotient += numerator.sign();
    return quotient;
}

Money roundToSatang(const Ratio& satangValue, RoundingMode mode) {
    return roundToMultiple(satangValue, 1, mode);
}

Money roundToMultiple(const Ratio& satangValue, qint64 stepSatang, RoundingMode mode) {
    Q_ASSERT(stepSatang > 0);
    const BigInt steps = roundToInteger(satangValue / Ratio(stepSatang), mode);
    const std::optional<qint64> satang = toInt64(steps * stepSatang);
    if (!satang)
        throw MoneyError::overflow(satangValue.toFractionString() + QStringLiteral(" สตางค์"));
    return Money::fromSatang(*satang);
}

}  // namespace thanrak
