#pragma once

#include "lending/LoanSchedule.h"
#include "money/Money.h"
#include "money/Ratio.h"

#include <QDate>

#include <vector>

namespace thanrak {

// An instalment whose due date has passed without it being paid in full.
struct OverdueInstalment {
    int number = 0;
    QDate dueDate;
    Money due;          // the scheduled payment (principal + interest)
    Money paid;         // what was applied to it so far
    Money outstanding;  // due − paid
    qint64 daysOverdue = 0;
};

// A contract's arrears (ค้างชำระ) on one day, for the loan register and the
// meeting report.
struct Arrears {
    std::vector<OverdueInstalment> instalments;  // oldest first
    Money overdueAmount;                         // sum of their outstanding amounts
    qint64 daysOverdue = 0;  // as-of − due date of the oldest unpaid one; 0 when none

    bool any() const { return !instalments.empty(); }
};

// Arrears of `schedule` on `asOf`. paidPerInstalment[k] is what was applied to
// instalment k + 1 (principal and interest, not fines); a shorter list means
// the rest is unpaid. An instalment is overdue from the day after its due date
// until it is paid in full. Throws LendingError ("loan.arrears") for an invalid
// date, a negative payment or more payments than instalments.
Arrears arrearsAsOf(const std::vector<Instalment>& schedule,
                    const std::vector<Money>& paidPerInstalment, QDate asOf);

// The group's fine for a late instalment (ค่าปรับผิดนัดชำระ), a setting of
// each group: a fixed amount, or a percentage of the overdue instalment.
struct LateFineRule {
    enum class Kind { Fixed, Percentage };
    Kind kind = Kind::Fixed;
    Money fixedAmount;  // Kind::Fixed
    Ratio rate;         // Kind::Percentage, as a fraction: 2 % = 1/50

    static LateFineRule fixed(Money amount);
    static LateFineRule percentage(const Ratio& rate);
};

// The fine on one overdue instalment: the fixed amount, or round(overdue × rate)
// half-up to the satang. Nothing overdue, no fine.
Money lateInstalmentFine(const LateFineRule& rule, Money overdueAmount);

// One fine per overdue instalment, each on that instalment's outstanding amount.
Money lateInstalmentFines(const LateFineRule& rule, const Arrears& arrears);

}  // namespace thanrak
