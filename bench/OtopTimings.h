#pragma once

#include "BenchOptions.h"

namespace thanrak::bench {

// Builds a district with `o.otopProducts` OTOP products (producers,
// certificates and three rounds of ratings through the repositories; five
// years of monthly sales in four channels written in bulk) and times the
// OTOP page's lists and the three OTOP reports. Prints figures; returns the
// process exit code.
int runOtopBench(const BenchOptions& o);

}  // namespace thanrak::bench
