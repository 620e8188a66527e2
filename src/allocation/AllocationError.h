#pragma once

#include "base/Error.h"

#include <QString>

#include <vector>

namespace thanrak {

// One thing wrong with an allocation policy or its input, in words a treasurer
// understands. `subject` is the stable key of what is wrong — a head key
// ("dividend") or a membership id — so a form can put the message next to the
// right row; it is empty for a problem with the whole policy (the 100 % sum).
struct AllocationProblem {
    QString subject;
    QString message;
};
using AllocationProblems = std::vector<AllocationProblem>;

// Raised before anything is calculated. Codes are stable for tests and scripts:
// "allocation.policy" (the heads and percentages) and "allocation.input" (the
// year's figures). The message lists every problem, not just the first, so the
// committee can fix the whole form in one pass.
class AllocationError : public Error {
public:
    AllocationError(QString code, AllocationProblems problems);

    const AllocationProblems& problems() const { return problems_; }

private:
    AllocationProblems problems_;
};

}  // namespace thanrak
