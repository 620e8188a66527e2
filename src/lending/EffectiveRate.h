#pragma once

#include "lending/LoanSchedule.h"
#include "lending/LoanTerms.h"
#include "money/Money.h"
#include "money/Ratio.h"

#include <QString>

#include <vector>

namespace thanrak {

// The monthly internal rate of return of a loan: the i at which the payments,
// payment k discounted by (1+i)^k (k = 1..n, one a month), are worth exactly the
// principal paid out. Found by bisection on exact integers (no floating point):
// the result is the largest multiple of 2^-64 not above the true rate. Payments
// totalling less than the principal give a negative rate. Throws LendingError
// ("loan.rate") unless the principal is positive and the payments are not
// negative with at least one above zero.
Ratio monthlyInternalRate(Money principal, const std::vector<Money>& monthlyPayments);

// The nominal annual rate of a schedule, the figure compared with the legal cap:
// 12 × the monthly internal rate of return (an APR; not the compounded
// (1+i)^12 − 1). It is the definition that reproduces DOMAIN.md's "a flat
// 1 %/month is about 21.3 % a year": 21.26 % over 10 months, 21.46 % over 12,
// where the compounded figure would be 23.5 % and 23.7 %.
// A Maturity loan has no monthly cash flows; its rate is the simple yearly rate
// the schedule charges, interest / principal × 365 / days, which is what the
// contract quotes and what the Civil and Commercial Code limits.
Ratio nominalAnnualRate(const LoanTerms& terms, const std::vector<Instalment>& schedule);
Ratio nominalAnnualRate(const LoanTerms& terms);  // of buildSchedule(terms)

// `rate` rounded half-up to 0.01 percentage point (a multiple of 1/10000), the
// precision rates are shown and compared at.
Ratio roundRateToBasisPoint(const Ratio& rate);
// "21.46 %" for 0.2146; the rate is rounded as above.
QString formatRatePercent(const Ratio& rate);

// 15 % a year: Civil and Commercial Code §654 (ประมวลกฎหมายแพ่งและพาณิชย์ มาตรา 654).
Ratio legalAnnualInterestCap();

// Whether `annualRate`, rounded as shown to the user (roundRateToBasisPoint), is
// strictly above the cap. Rounding first keeps a product priced at exactly 15 %
// from being flagged because one instalment was rounded up by a satang.
bool exceedsLegalCap(const Ratio& annualRate);

struct LegalCapCheck {
    Ratio nominalAnnualRate;
    bool exceedsCap = false;
    QString warning;  // a Thai sentence when exceedsCap, empty otherwise
};
// The warning shown on a loan product or contract. It warns, never blocks:
// the committee decides (DOMAIN.md §2).
LegalCapCheck checkLegalCap(const LoanTerms& terms, const std::vector<Instalment>& schedule);
LegalCapCheck checkLegalCap(const LoanTerms& terms);  // of buildSchedule(terms)

}  // namespace thanrak
