#include "savings/StoredDecimal.h"

#include "domain/Validation.h"
#include "money/MoneyFormat.h"

#include <QCoreApplication>

namespace thanrak {

std::optional<QString> storedDecimal(const Ratio& value) {
    if (value.isNegative())
        return std::nullopt;
    Ratio scaled = value;
    for (int places = 0; places <= kMaxStoredDecimals; ++places) {
        if (scaled.denominator() == 1)
            return formatDecimal(value, places, RoundingMode::HalfUp, FormatOptions{false});
        scaled *= Ratio(10);
    }
    return std::nullopt;
}

QString requireStoredDecimal(const Ratio& value, const QString& field) {
    if (std::optional<QString> text = storedDecimal(value))
        return *text;
    throw ValidationError({{field, QCoreApplication::translate(
                                       "Savings", "ตัวเลข %1 ต้องไม่ติดลบ และมีทศนิยมไม่เกิน %2 ตำแหน่ง")
                                       .arg(value.toFractionString())
                                       .arg(kMaxStoredDecimals)}});
}

Ratio readStoredDecimal(const QString& text) {
    return Ratio::parse(text);
}

}  // namespace thanrak
