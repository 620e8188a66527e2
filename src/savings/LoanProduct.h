#pragma once

#include "domain/Validation.h"
#include "lending/InterestMethod.h"
#include "lending/LoanTerms.h"
#include "money/Money.h"
#include "money/Ratio.h"

namespace thanrak {

// A kind of loan the group offers (เงินกู้สามัญ, ฉุกเฉิน, เพื่อการผลิต ...).
struct LoanProduct {
    QString id;
    QString name;
    Ratio savingsMultiple = Ratio(2);  // cap: this many times the member's savings (0 = none)
    Money absoluteCap = Money::fromBaht(50000);
    int maxMonths = 12;
    Ratio ratePercent = Ratio(1);  // percentage points per ratePeriod: 1 means 1 %
    RatePeriod ratePeriod = RatePeriod::Month;
    InterestMethod method = InterestMethod::EqualPrincipal;
    Money guarantorThreshold = Money::fromBaht(10000);  // loans above it need guarantors
    int guarantorsRequired = 2;
    int maxGuaranteesPerMember = 2;  // loans one member may guarantee at a time
    Money maxExposurePerGuarantor;   // outstanding guaranteed principal; 0 = no limit
    bool active = true;
};

FieldProblems validateLoanProduct(const LoanProduct& product);

// The most a member with `savings` may borrow: the smaller of savings ×
// multiple (rounded down to the satang) and the absolute cap.
Money loanCap(const LoanProduct& product, Money savings);

// The contract terms this product gives a loan of `principal` over `months`
// starting on `start`.
LoanTerms termsFor(const LoanProduct& product, Money principal, int months, const QDate& start);

}  // namespace thanrak
