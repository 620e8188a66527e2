#pragma once

#include "money/MoneyError.h"

#include <QString>
#include <QStringView>

namespace thanrak {

// A decimal number as the user typed it, checked and reduced to ASCII digits:
// the common first step of parseMoney and parseDecimal. Internal to the library.
struct DecimalText {
    bool negative = false;
    QString integerDigits;   // never empty
    QString fractionDigits;  // empty when there was no decimal point
};

// Accepts, after trimming surrounding white space: an optional '+' or '-';
// digits (ASCII or Thai ๐–๙) with optional thousands commas that must group
// exactly by three; and an optional '.' followed by at least one digit.
// Anything else throws MoneyError ("money.parse") quoting `text`.
DecimalText splitDecimal(QStringView text, NumberKind kind);

}  // namespace thanrak
