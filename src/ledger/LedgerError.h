#pragma once

#include "base/Error.h"

namespace thanrak {

// A posting the books refuse: ledger.unbalanced, ledger.closed_month,
// ledger.account, ledger.member, ledger.lines, ledger.reversal, ledger.date.
// Nothing is written when one is raised.
class LedgerError : public Error {
public:
    using Error::Error;
};

}  // namespace thanrak
