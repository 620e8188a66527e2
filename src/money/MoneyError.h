#pragma once

#include "base/Error.h"

#include <QString>
#include <QStringView>

namespace thanrak {

// Which kind of number a piece of text was meant to be; it decides the noun
// in the message ("จำนวนเงิน" for amounts, "ตัวเลข" for rates and weights).
enum class NumberKind { Amount, Decimal };

// Every problem raised by the money library. Codes are stable for tests and
// scripts: money.overflow, money.parse, money.division_by_zero, money.weights.
class MoneyError : public Error {
public:
    using Error::Error;

    // `calculation` shows what was being computed, e.g. "92,233,720,368,547,758.07 + 0.01".
    static MoneyError overflow(const QString& calculation);
    static MoneyError badText(NumberKind kind, QStringView text, const QString& reason);
    static MoneyError tooLarge(QStringView amountText);
    static MoneyError divisionByZero(const QString& calculation);
    static MoneyError badWeights(const QString& reason);
};

}  // namespace thanrak
