#pragma once

#include "money/Money.h"
#include "money/Ratio.h"
#include "money/Rounding.h"

#include <QString>
#include <QStringView>

namespace thanrak {

// Formatting is a pure function of its arguments: no locale, no global state.
// Thai digits are a rendering choice made by the report layer, not here.
struct FormatOptions {
    bool thousands = true;  // "1,234.50" rather than "1234.50"
};

// Always two decimals and a leading '-' for negatives:
// "1,234.50", "-0.07", "0.00", "-1,000,000.00".
QString formatMoney(Money amount, FormatOptions options = {});

// Parses an amount strictly (see splitDecimal in DecimalText.h for the shape):
// "1,234.50", "-0.07", "+12", "1234.5" (= 1,234.50), "๑,๒๓๔.๕๐". At most two
// decimals — "1.005" is an error, not silently rounded. Throws MoneyError with
// code "money.parse", or "money.overflow" beyond the qint64 satang range.
Money parseMoney(QStringView text);

// Parses an exact decimal with any number of decimals ("1.25", "0.0833",
// "1,234.567"), same grouping rules as parseMoney. For rates, weights and
// BAHTTEXT input, which then rounds with roundToSatang.
Ratio parseDecimal(QStringView text);

// `value` rounded to `decimals` places (0 or more) under `mode`, e.g. a rate
// of 1/80 shown as "0.0125". Exact whenever value has at most `decimals` places,
// so parseDecimal(formatDecimal(x, k)) == x for such values.
QString formatDecimal(const Ratio& value, int decimals, RoundingMode mode = RoundingMode::HalfUp,
                      FormatOptions options = {});

}  // namespace thanrak
