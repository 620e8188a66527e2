#pragma once

#include "allocation/AllocationInput.h"
#include "allocation/AllocationPolicy.h"
#include "allocation/AllocationResult.h"

namespace thanrak {

// The year-end allocation (จัดสรรกำไรสุทธิ) of a savings group or a village
// fund; one engine for both, the policy says which heads exist.
//
// 1. The profit is split into one pool per head by the heads' percentages with
//    the largest-remainder method, so the pools add up to the profit exactly.
// 2. The dividend pool is shared by each member's savings on the policy's basis,
//    the refund pool by the interest each member paid; each amount is rounded
//    per the policy's payout rounding (see PayoutSplit.h).
// 3. What rounding leaves, and a whole pool nobody qualifies for (nobody paid
//    interest), goes to the reserve, so every total reconciles to the satang.
//
// A net profit of zero or less gives a result with outcome NothingToAllocate
// and every amount zero, not an error. Throws AllocationError for an invalid
// policy or input, and MoneyError if an amount passes the qint64 range.
AllocationResult calculateAllocation(const AllocationPolicy& policy, const AllocationInput& input);

}  // namespace thanrak
