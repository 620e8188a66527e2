#pragma once

#include "lending/InterestMethod.h"
#include "lending/LendingError.h"
#include "money/Money.h"
#include "money/Ratio.h"

#include <QDate>

#include <optional>

namespace thanrak {

// Longest term accepted: 30 years of monthly instalments.
inline constexpr int kMaxLoanMonths = 360;

// Interest accrued by the day is counted on a 365-day year, leap years
// included, as Thai groups and DOMAIN.md §2 do ("P × annual rate × days / 365").
inline constexpr int kInterestDaysPerYear = 365;

// What a loan contract fixes: enough to build its schedule. A value type with no
// checks of its own; checkLoanTerms says what is wrong, in Thai.
struct LoanTerms {
    Money principal;
    Ratio rate;  // a fraction per ratePeriod: 1 % = 1/100
    RatePeriod ratePeriod = RatePeriod::Month;
    int months = 1;  // number of monthly instalments, or the term of a Maturity loan
    InterestMethod method = InterestMethod::Flat;
    QDate startDate;  // disbursement date (วันที่จ่ายเงินกู้)
    std::optional<QDate> maturityDate;  // Maturity only; default startDate + months

    // A yearly rate is spread evenly over twelve months (12 % a year = 1 % a
    // month), and a monthly rate becomes a yearly one the same way; no compounding.
    Ratio monthlyRate() const;
    Ratio annualRate() const;
    // The date a Maturity loan falls due: maturityDate if set, else startDate.addMonths(months).
    QDate maturity() const;
};

// Every problem with `terms`, empty when it can be scheduled: a principal that is
// not positive, a negative rate, months outside 1..kMaxLoanMonths, an invalid
// start date, a maturity date that is invalid or not after the start.
TermProblems checkLoanTerms(const LoanTerms& terms);

// Throws LoanTermsError (code "loan.terms") when checkLoanTerms finds anything.
void requireValidTerms(const LoanTerms& terms);

}  // namespace thanrak
