#include "money/BigInt.h"

namespace thanrak {

QString toDecimalString(const BigInt& value) {
    // Eighteen digits at a time, so each chunk fits a qint64.
    const BigInt chunk(Q_INT64_C(1000000000000000000));
    BigInt rest = boost::multiprecision::abs(value);
    QString digits;
    do {
        BigInt quotient;
        BigInt remainder;
        boost::multiprecision::divide_qr(rest, chunk, quotient, remainder);
        const QString part = QString::number(remainder.convert_to<qint64>());
        digits.prepend(quotient.is_zero() ? part : part.rightJustified(18, QLatin1Char('0')));
        rest = quotient;
    } while (!rest.is_zero());
    return value.sign() < 0 ? QLatin1Char('-') + digits : digits;
}

BigInt fromDecimalDigits(QStringView asciiDigits) {
    Q_ASSERT(!asciiDigits.isEmpty());
    BigInt value;
    for (QChar c : asciiDigits) {
        Q_ASSERT(c >= u'0' && c <= u'9');
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

}  // namespace thanrak
