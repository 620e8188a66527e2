#pragma once

#include "money/Money.h"
#include "money/Ratio.h"

#include <QtGlobal>

#include <vector>

namespace thanrak {

// Splits `total` into one part per weight, in proportion to the weights, so
// that the parts always add up to `total` exactly — no satang is created or lost.
//
// Largest-remainder method: each part first gets floor(|total| × w / Σw) satang;
// the satang still left over go one each to the parts with the largest
// fractional remainder, the earlier part first on a tie. A negative total is
// split as its absolute value and every part negated, so splitting −x mirrors x.
//
// Zero weights are allowed and get zero. An empty list, a negative weight or
// weights that are all zero throw MoneyError ("money.weights").
//
// Example: 1.00 by 1:1:1 -> 0.34, 0.33, 0.33; 1.00 by 1:2 -> 0.33, 0.67.
std::vector<Money> allocate(Money total, const std::vector<Ratio>& weights);
std::vector<Money> allocate(Money total, const std::vector<qint64>& weights);
// Weights that are themselves amounts, e.g. interest each member paid this year.
std::vector<Money> allocate(Money total, const std::vector<Money>& weights);

}  // namespace thanrak
