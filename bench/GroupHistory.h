#pragma once

#include "DistrictSetup.h"
#include "HistoryWriter.h"

#include <random>

namespace thanrak::bench {

// Writes one group's past as the services would have: members (most from
// the start, the rest joining over the years with an entrance-fee receipt),
// one meeting a month on the 5th from `firstMonth` to `lastMonth` (first days
// of months, inclusive) where each member's receipt carries sajja, any missed
// month with its fine, and the instalments due; loans of the four methods
// paid out at meetings and repaid on schedule, settled when done.
void writeGroupHistory(HistoryWriter& writer, std::mt19937& rng, const BenchGroup& group,
                       int members, const QDate& firstMonth, const QDate& lastMonth);

}  // namespace thanrak::bench
