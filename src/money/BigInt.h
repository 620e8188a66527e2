#pragma once

// GCC 12 reports a false -Wmaybe-uninitialized inside cpp_int's small-value
// storage whenever a cpp_int is inlined into our code (the location is in the
// Boost header, but the system-header exemption does not reach inlined
// middle-end warnings). Silence it for the header's own lines only; this must
// be the first place cpp_int.hpp is included, so every file goes through here.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <boost/multiprecision/cpp_int.hpp>
#pragma GCC diagnostic pop

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <limits>
#include <optional>

namespace thanrak {

// Unbounded integer for intermediate products; results come back to qint64
// only through toInt64(), which refuses instead of wrapping.
using BigInt = boost::multiprecision::cpp_int;

inline std::optional<qint64> toInt64(const BigInt& value) {
    if (value > std::numeric_limits<qint64>::max() || value < std::numeric_limits<qint64>::min())
        return std::nullopt;
    return value.convert_to<qint64>();
}

// Decimal text of `value`, e.g. "-123". Used instead of cpp_int::str(), whose
// inlined std::string code trips GCC 12's false -Wrestrict at -O3.
QString toDecimalString(const BigInt& value);

// The number written by ASCII digits "0"–"9" (at least one). Unlike cpp_int's
// string constructor it never reads a leading 0 as octal ("0125" is 125).
BigInt fromDecimalDigits(QStringView asciiDigits);

}  // namespace thanrak
