#pragma once

#include "BenchOptions.h"

namespace thanrak::bench {

// Builds a demo district of `o.fundVillages` villages through the real
// services (each village fund with its pools and two years of loan rounds,
// statements, allocation and grade) and times what the fund screens and the
// district office wait for. Prints figures; returns the process exit code.
int runFundBench(const BenchOptions& o);

}  // namespace thanrak::bench
