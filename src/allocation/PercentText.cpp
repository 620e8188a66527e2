#include "allocation/PercentText.h"

#include "money/MoneyFormat.h"

namespace thanrak {

QString percentText(const Ratio& percent) {
    constexpr int kMostDecimals = 6;
    for (int decimals = 0; decimals <= kMostDecimals; ++decimals) {
        const QString text =
            formatDecimal(percent, decimals, RoundingMode::HalfUp, {.thousands = false});
        if (parseDecimal(text) == percent)
            return text;
    }
    return percent.toFractionString();
}

}  // namespace thanrak
