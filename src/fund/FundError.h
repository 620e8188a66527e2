#pragma once

#include "base/Error.h"

namespace thanrak {

// An action on a village fund's books that its state refuses, with a Thai
// sentence saying why and what to do. Codes: fund.pool (no such pool, or the
// wrong kind of pool for the action), fund.round (a closed round, a date
// outside it, an amount over its cap), fund.statement (a bank statement that
// cannot be kept), fund.grading (a scorecard that does not fit its scheme).
// Nothing is written when one is raised.
class FundError : public Error {
public:
    using Error::Error;
};

}  // namespace thanrak
