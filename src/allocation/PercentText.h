#pragma once

#include "money/Ratio.h"

#include <QString>

namespace thanrak {

// A percentage for a message or a form: "60", "99.99", "33.333333". Exact when
// the value has at most six decimals; otherwise the fraction ("100/3") so a
// message never claims a sum is 100 when it is not.
QString percentText(const Ratio& percent);

}  // namespace thanrak
