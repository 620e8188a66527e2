#pragma once

#include "money/Money.h"
#include "money/MoneyError.h"
#include "money/MoneyFormat.h"
#include "money/Ratio.h"

#include <catch2/catch.hpp>

#include <QString>

// Readable failure output: "1,234.50" instead of "{?}".
namespace Catch {
template <>
struct StringMaker<thanrak::Money> {
    static std::string convert(thanrak::Money m) { return thanrak::formatMoney(m).toStdString(); }
};
template <>
struct StringMaker<thanrak::Ratio> {
    static std::string convert(const thanrak::Ratio& r) {
        return r.toFractionString().toStdString();
    }
};
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
}  // namespace Catch

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
