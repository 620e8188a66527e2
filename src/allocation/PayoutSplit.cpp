#include "allocation/PayoutSplit.h"

#include "money/Allocate.h"

namespace thanrak {

namespace {

constexpr qint64 kSatangPerBaht = 100;

Money roundForPayout(const Ratio& satang, PayoutRounding rounding) {
    switch (rounding) {
        case PayoutRounding::Satang:
            return roundToSatang(satang, RoundingMode::HalfUp);
        case PayoutRounding::WholeBahtDown:
            return roundToMultiple(satang, kSatangPerBaht, RoundingMode::Down);
    }
    return roundToSatang(satang, RoundingMode::Down);  // unreachable; never over-pays
}

Money sumOf(const std::vector<Money>& amounts) {
    Money total;
    for (Money amount : amounts) total += amount;
    return total;
}

}  // namespace

PayoutSplit splitPayout(Money pool, const std::vector<Ratio>& weights, PayoutRounding rounding) {
    Ratio totalWeight;
    for (const Ratio& weight : weights) totalWeight += weight;
    PayoutSplit split;
    if (totalWeight.isZero()) {
        split.amounts.assign(weights.size(), Money());
        split.remainder = pool;
        return split;
    }
    const Ratio perWeight = Ratio(pool.satang()) / totalWeight;
    for (const Ratio& weight : weights)
        split.amounts.push_back(roundForPayout(perWeight * weight, rounding));
    if (sumOf(split.amounts) > pool)
        split.amounts = allocate(pool, weights);
    split.remainder = pool - sumOf(split.amounts);
    return split;
}

}  // namespace thanrak
