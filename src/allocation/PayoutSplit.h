#pragma once

#include "allocation/AllocationPolicy.h"
#include "money/Money.h"
#include "money/Ratio.h"

#include <vector>

namespace thanrak {

// A pool shared among members, each amount rounded for payout, with what the
// rounding left behind. amounts add up to pool − remainder, and remainder ≥ 0.
struct PayoutSplit {
    std::vector<Money> amounts;  // one per weight, never negative
    Money remainder;             // goes to the reserve
};

// Each member gets pool × weight / Σ weights, rounded per `rounding`.
//
// Half-up rounding can give out up to half a satang per member more than the
// pool holds; when the rounded amounts exceed the pool, the split falls back to
// the largest-remainder method (money/Allocate.h), which is half-up with the
// excess satang taken back from the members whose amounts were rounded up the
// least. Rounding down to whole baht never exceeds the pool.
//
// When every weight is zero (nobody saved, nobody paid interest) nobody gets
// anything and the whole pool is the remainder. `pool` and the weights must not
// be negative; the calculator has validated both.
PayoutSplit splitPayout(Money pool, const std::vector<Ratio>& weights, PayoutRounding rounding);

}  // namespace thanrak
