#include "money/Allocate.h"

#include "money/BigInt.h"
#include "money/MoneyError.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace thanrak {

namespace {

Ratio checkedWeightSum(const std::vector<Ratio>& weights) {
    if (weights.empty())
        throw MoneyError::badWeights(QCoreApplication::translate("Money", "ไม่มีรายการให้แบ่ง"));
    Ratio sum;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        if (weights[i].isNegative())
            throw MoneyError::badWeights(
                QCoreApplication::translate("Money", "สัดส่วนรายการที่ %1 ติดลบ (%2)")
                    .arg(i + 1)
                    .arg(weights[i].toFractionString()));
        sum += weights[i];
    }
    if (sum.isZero())
        throw MoneyError::badWeights(QCoreApplication::translate("Money", "สัดส่วนทุกรายการเป็นศูนย์"));
    return sum;
}

// Indices ordered by remainder, largest first; stable, so ties keep list order.
std::vector<std::size_t> byRemainderDescending(const std::vector<Ratio>& remainders) {
    std::vector<std::size_t> order(remainders.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return remainders[a] > remainders[b]; });
    return order;
}

// Largest-remainder split of a non-negative number of satang.
std::vector<BigInt> splitMagnitude(const BigInt& magnitude, const std::vector<Ratio>& weights) {
    const Ratio sum = checkedWeightSum(weights);
    std::vector<BigInt> parts;
    std::vector<Ratio> remainders;
    BigInt leftover = magnitude;
    for (const Ratio& weight : weights) {
        const Ratio exact = Ratio(magnitude) * weight / sum;
        parts.push_back(roundToInteger(exact, RoundingMode::Down));  // floor: exact ≥ 0
        remainders.push_back(exact - Ratio(parts.back()));
        leftover -= parts.back();
    }
    // leftover equals the sum of the remainders, each below one satang, so it is
    // smaller than the number of parts with a non-zero remainder.
    const std::vector<std::size_t> order = byRemainderDescending(remainders);
    for (std::size_t k = 0; leftover > 0; ++k, --leftover) parts[order[k]] += 1;
    return parts;
}

}  // namespace

std::vector<Money> allocate(Money total, const std::vector<Ratio>& weights) {
    // Work on |total| in BigInt: the most negative qint64 has no qint64 magnitude.
    const BigInt magnitude = boost::multiprecision::abs(BigInt(total.satang()));
    const std::vector<BigInt> parts = splitMagnitude(magnitude, weights);
    std::vector<Money> result;
    result.reserve(parts.size());
    // Every part lies between 0 and |total|, so its signed value fits in qint64.
    for (const BigInt& part : parts)
        result.push_back(Money::fromSatang(*toInt64(total.isNegative() ? BigInt(-part) : part)));
    return result;
}

std::vector<Money> allocate(Money total, const std::vector<qint64>& weights) {
    std::vector<Ratio> exact;
    exact.reserve(weights.size());
    for (qint64 weight : weights) exact.emplace_back(weight);
    return allocate(total, exact);
}

std::vector<Money> allocate(Money total, const std::vector<Money>& weights) {
    std::vector<Ratio> exact;
    exact.reserve(weights.size());
    for (Money weight : weights) exact.emplace_back(weight.satang());
    return allocate(total, exact);
}

}  // namespace thanrak
