#pragma once

#include "domain/Validation.h"
#include "savings/LoanProduct.h"

namespace thanrak {

struct LoanRequest {
    Money amount;
    int months = 0;
    Money borrowerSavings;  // เงินสัจจะสะสม on the application date
    int guarantors = 0;     // how many were named
};

// What stands between a request and approval, each as a Thai sentence: the
// cap, the term, the number of guarantors. Approval is the loan committee's;
// this only says what the regulation allows.
FieldProblems checkLoanRequest(const LoanProduct& product, const LoanRequest& request);

// The Civil and Commercial Code §654 warning (over 15 % a year), or empty.
// A warning, never a refusal: the committee decides.
QString legalRateWarning(const LoanProduct& product, Money principal, int months, const QDate& start);

}  // namespace thanrak
