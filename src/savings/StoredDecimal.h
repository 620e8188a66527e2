#pragma once

#include "money/Ratio.h"

#include <QString>

#include <optional>

namespace thanrak {

// Rates and percentages are stored as exact decimal text ("1.25", "60") so the
// file reads the same in the sqlite3 tool and Ratio::parse gets back exactly
// what was saved. Six decimals are enough for any rate a regulation writes.
inline constexpr int kMaxStoredDecimals = 6;

// The shortest decimal text of a value that is not negative and has at most
// kMaxStoredDecimals places; nullopt otherwise (100/3 % cannot be stored).
std::optional<QString> storedDecimal(const Ratio& value);

// storedDecimal, or a ValidationError on `field` saying the value cannot be kept.
QString requireStoredDecimal(const Ratio& value, const QString& field);

// Reads a column written by storedDecimal.
Ratio readStoredDecimal(const QString& text);

}  // namespace thanrak
