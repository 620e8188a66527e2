#pragma once

#include "base/Error.h"

namespace thanrak {

// An action on a group's books that its state refuses, with a Thai sentence
// saying why and what to do. Codes are stable for tests and scripts:
// savings.rules (no rules in force), savings.member (not an active member),
// savings.loan_status (the loan is not at the step the action needs),
// savings.overpayment, savings.open_loans, savings.offset (savings too small
// to offset the loans), savings.meeting (already posted, nothing to post),
// savings.payment (an amount that cannot be taken). Nothing is written when
// one is raised.
class SavingsError : public Error {
public:
    using Error::Error;
};

}  // namespace thanrak
