#pragma once

#include "money/MoneyFormat.h"
#include "money/Ratio.h"
#include "support/CatchQt.h"

// Readable failure output for money: "1,234.50" and "5/4" instead of "{?}".
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
}  // namespace Catch
