#include "money/MoneyFormat.h"

#include "money/BigInt.h"
#include "money/DecimalText.h"
#include "money/MoneyError.h"

#include <QCoreApplication>

namespace thanrak {

namespace {

// "1234567" -> "1,234,567".
QString groupThousands(const QString& digits) {
    QString grouped;
    grouped.reserve(digits.size() + digits.size() / 3);
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            grouped += QLatin1Char(',');
        grouped += digits[i];
    }
    return grouped;
}

// Places a decimal point `decimals` digits from the right of |scaled|.
QString placePoint(const BigInt& scaled, int decimals, FormatOptions options) {
    QString digits = toDecimalString(BigInt(boost::multiprecision::abs(scaled)));
    if (digits.size() <= decimals)
        digits = QString(decimals + 1 - digits.size(), QLatin1Char('0')) + digits;
    const QString whole = digits.first(digits.size() - decimals);
    QString text = options.thousands ? groupThousands(whole) : whole;
    if (decimals > 0)
        text += QLatin1Char('.') + digits.last(decimals);
    return scaled.sign() < 0 ? QLatin1Char('-') + text : text;
}

BigInt powerOfTen(int exponent) {
    return boost::multiprecision::pow(BigInt(10), static_cast<unsigned>(exponent));
}

// The exact value of checked decimal text: digits / 10^decimals, signed.
BigInt scaledDigits(const DecimalText& decimal) {
    const BigInt scaled = fromDecimalDigits(decimal.integerDigits + decimal.fractionDigits);
    return decimal.negative ? BigInt(-scaled) : scaled;
}

}  // namespace

QString formatMoney(Money amount, FormatOptions options) {
    // Through BigInt so that the most negative qint64 has a magnitude to print.
    return placePoint(BigInt(amount.satang()), 2, options);
}

Money parseMoney(QStringView text) {
    DecimalText decimal = splitDecimal(text, NumberKind::Amount);
    if (decimal.fractionDigits.size() > 2)
        throw MoneyError::badText(
            NumberKind::Amount, text,
            QCoreApplication::translate("Money", "ใส่ทศนิยมได้ไม่เกิน 2 ตำแหน่ง (สตางค์)"));
    // "1234.5" means 1,234.50: pad the satang to two digits.
    decimal.fractionDigits = decimal.fractionDigits.leftJustified(2, QLatin1Char('0'));
    const std::optional<qint64> satang = toInt64(scaledDigits(decimal));
    if (!satang)
        throw MoneyError::tooLarge(text);
    return Money::fromSatang(*satang);
}

Ratio parseDecimal(QStringView text) {
    const DecimalText decimal = splitDecimal(text, NumberKind::Decimal);
    const int decimals = static_cast<int>(decimal.fractionDigits.size());
    return Ratio(scaledDigits(decimal), powerOfTen(decimals));
}

QString formatDecimal(const Ratio& value, int decimals, RoundingMode mode, FormatOptions options) {
    Q_ASSERT(decimals >= 0);
    const BigInt scaled = roundToInteger(value * Ratio(powerOfTen(decimals)), mode);
    return placePoint(scaled, decimals, options);
}

}  // namespace thanrak
