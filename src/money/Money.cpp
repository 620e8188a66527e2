#include "money/Money.h"

#include "money/MoneyError.h"
#include "money/MoneyFormat.h"
#include "money/Ratio.h"

namespace thanrak {

namespace {

QString describe(Money a, QStringView op, Money b) {
    return QStringLiteral("%1 %2 %3").arg(formatMoney(a), op, formatMoney(b));
}

}  // namespace

Money Money::fromBaht(qint64 baht) {
    qint64 satang = 0;
    if (__builtin_mul_overflow(baht, qint64{100}, &satang))
        throw MoneyError::overflow(QStringLiteral("%1 × 100").arg(baht));
    return Money(satang);
}

Money Money::abs() const {
    return isNegative() ? -*this : *this;
}

Money Money::operator-() const {
    qint64 result = 0;
    if (__builtin_sub_overflow(qint64{0}, satang_, &result))
        throw MoneyError::overflow(QLatin1Char('-') + formatMoney(*this));
    return Money(result);
}

Money& Money::operator+=(Money other) {
    qint64 result = 0;
    if (__builtin_add_overflow(satang_, other.satang_, &result))
        throw MoneyError::overflow(describe(*this, u"+", other));
    satang_ = result;
    return *this;
}

Money& Money::operator-=(Money other) {
    qint64 result = 0;
    if (__builtin_sub_overflow(satang_, other.satang_, &result))
        throw MoneyError::overflow(describe(*this, u"-", other));
    satang_ = result;
    return *this;
}

Money& Money::operator*=(qint64 factor) {
    qint64 result = 0;
    if (__builtin_mul_overflow(satang_, factor, &result))
        throw MoneyError::overflow(formatMoney(*this) + QStringLiteral(" × %1").arg(factor));
    satang_ = result;
    return *this;
}

Money Money::times(const Ratio& factor, RoundingMode mode) const {
    return roundToSatang(Ratio(satang_) * factor, mode);
}

Ratio Money::ratioTo(Money whole) const {
    if (whole.isZero())
        throw MoneyError::divisionByZero(describe(*this, u"÷", whole));
    return Ratio(satang_, whole.satang_);
}

Money operator+(Money a, Money b) {
    return a += b;
}

Money operator-(Money a, Money b) {
    return a -= b;
}

Money operator*(Money amount, qint64 factor) {
    return amount *= factor;
}

Money operator*(qint64 factor, Money amount) {
    return amount *= factor;
}

}  // namespace thanrak
