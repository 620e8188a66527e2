#pragma once

#include "support/CatchMoney.h"

#include "money/Money.h"
#include "money/MoneyError.h"
#include "money/MoneyFormat.h"
#include "money/Ratio.h"

#include <QString>

namespace thanrak::test {

inline Money baht(qint64 whole) {
    return Money::fromBaht(whole);
}
inline Money satang(qint64 value) {
    return Money::fromSatang(value);
}

// The code of the MoneyError thrown by `f`, or "" when it throws nothing.
template <typename F>
QString moneyErrorCode(F&& f) {
    try {
        f();
    } catch (const MoneyError& e) {
        return e.code();
    }
    return {};
}

}  // namespace thanrak::test
