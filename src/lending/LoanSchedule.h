#pragma once

#include "lending/LoanTerms.h"
#include "money/Money.h"

#include <QDate>

#include <vector>

namespace thanrak {

// One row of a repayment schedule (ตารางผ่อนชำระ). payment = principal + interest;
// balance is the principal still owed after this instalment is paid.
struct Instalment {
    int number = 0;  // 1-based
    QDate dueDate;
    Money principal;
    Money interest;
    Money payment;
    Money balance;
};

// The schedule `terms` give, after requireValidTerms (throws LoanTermsError).
// Every amount is rounded half-up to the satang where it is computed, and the
// principal parts always add up to the principal exactly. With r the monthly rate:
//   Flat: interest round(P·r) each month; principal P split into n equal parts,
//     the first instalments taking the odd satang (allocate, largest remainder).
//   EqualPrincipal: the same principal parts; interest round(balance before · r).
//   Annuity: payment round(annuityPayment); interest round(balance · r) and
//     principal = payment − interest; the last instalment clears the exact
//     balance, so its payment may differ from the others by a few satang.
//   Maturity: one instalment on terms.maturity() with interest accrued by the
//     day on the whole principal (see accruedInterest).
// Monthly due dates fall on the start's day of the month, clamped to the month's
// end and always counted from the start (31 Jan -> 29 Feb -> 31 Mar).
std::vector<Instalment> buildSchedule(const LoanTerms& terms);

// Due date of instalment `number` of a monthly schedule starting on `start`.
QDate instalmentDueDate(QDate start, int number);

// The level payment P·r / (1 − (1+r)^−n), or P/n when r is zero, computed exactly
// and rounded once, half-up, to the satang. `months` must be at least 1.
Money annuityPayment(Money principal, const Ratio& monthlyRate, int months);

// Interest accrued by the day on `balance` from `from` to `to` (to − from days)
// at the terms' annual rate: round(balance × annual rate × days / 365), half-up.
// For early payoff and part periods. Throws LendingError ("loan.dates") when a
// date is invalid or `to` is before `from`.
Money accruedInterest(const LoanTerms& terms, Money balance, QDate from, QDate to);

struct ScheduleTotals {
    Money principal;
    Money interest;
    Money payment;
};
ScheduleTotals scheduleTotals(const std::vector<Instalment>& schedule);

}  // namespace thanrak
