#pragma once

namespace thanrak {

// How an exact amount becomes whole satang (or whole baht). Every lossy step in
// the money library takes one of these, so the rule is visible at the call site.
//
// The modes are symmetric around zero: rounding -x gives minus the rounding of x.
// That keeps a reversal the exact mirror of the entry it reverses.
enum class RoundingMode {
    // Half away from zero, as Excel's ROUND and BAHTTEXT do and as Thai groups
    // round interest and dividends per line: 0.005 -> 0.01, -0.005 -> -0.01.
    HalfUp,
    // Banker's rounding: a tie goes to the even neighbour (0.125 -> 0.12,
    // 0.135 -> 0.14), for rules that must not drift upwards over many lines.
    HalfEven,
    // Toward zero (truncation): 0.019 -> 0.01, -0.019 -> -0.01. Used to pay
    // cash "down to whole baht". For the negative side it is not a floor.
    Down,
};

}  // namespace thanrak
