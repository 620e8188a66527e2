#pragma once

#include "base/Error.h"

#include <QList>
#include <QString>

namespace thanrak {

// Every problem raised by the lending library. Codes are stable for tests and
// scripts: loan.terms (see LoanTermsError), loan.dates (an accrual period that
// runs backwards or an invalid date), loan.rate (no rate of return exists for
// the cash flows), loan.repayment (bad amounts to allocate), loan.arrears
// (payments that do not fit the schedule).
class LendingError : public Error {
public:
    using Error::Error;
};

// One problem with one field of a loan's terms. `field` is the stable key of
// the field ("principal", "rate", "months", "start_date", "maturity_date") so a
// form can show the message next to the right box; the message is Thai.
struct TermProblem {
    QString field;
    QString message;
};
using TermProblems = QList<TermProblem>;

// Terms refused before any schedule was built; code "loan.terms". The message
// joins every problem's sentence, so a script sees them all at once.
class LoanTermsError : public LendingError {
public:
    explicit LoanTermsError(TermProblems problems);
    const TermProblems& problems() const { return problems_; }

private:
    TermProblems problems_;
};

}  // namespace thanrak
