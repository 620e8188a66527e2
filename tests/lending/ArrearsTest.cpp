#include "LendingTestSupport.h"

#include "lending/Arrears.h"

// Days counted with Python's date arithmetic (worked_numbers.py); fines are
// round(outstanding × rate) half-up.

using namespace thanrak;
using namespace thanrak::test;

namespace {
// 10,000 at 1 %/month flat over 10 months from 15 Jan 2024: 1,100.00 due on
// the 15th of each month from 15 Feb.
std::vector<Instalment> flatLoan() {
    return buildSchedule(loan("10,000", "1", RatePeriod::Month, 10, InterestMethod::Flat));
}
}  // namespace

TEST_CASE("arrears list the unpaid instalments whose due date has passed") {
    // On 20 Apr 2024: instalment 1 paid in full, 2 part-paid (500 of 1,100),
    // 3 (due 15 Apr) unpaid, 4 not yet due.
    const Arrears arrears =
        arrearsAsOf(flatLoan(), {money("1,100"), money("500")}, date("2024-04-20"));
    REQUIRE(arrears.instalments.size() == 2);
    const OverdueInstalment& second = arrears.instalments[0];
    CHECK(second.number == 2);
    CHECK(second.dueDate == date("2024-03-15"));
    CHECK(second.due == money("1,100.00"));
    CHECK(second.paid == money("500.00"));
    CHECK(second.outstanding == money("600.00"));
    CHECK(second.daysOverdue == 36);  // 15 Mar -> 20 Apr 2024
    CHECK(arrears.instalments[1].number == 3);
    CHECK(arrears.instalments[1].daysOverdue == 5);  // 15 Apr -> 20 Apr
    CHECK(arrears.overdueAmount == money("1,700.00"));
    CHECK(arrears.daysOverdue == 36);  // the oldest unpaid one
    CHECK(arrears.any());
}

TEST_CASE("an instalment is not late on its due date, and not once paid") {
    CHECK_FALSE(arrearsAsOf(flatLoan(), {}, date("2024-02-15")).any());
    const Arrears nextDay = arrearsAsOf(flatLoan(), {}, date("2024-02-16"));
    REQUIRE(nextDay.instalments.size() == 1);
    CHECK(nextDay.daysOverdue == 1);
    const Arrears paidUp = arrearsAsOf(flatLoan(), {money("1,100"), money("1,100"), money("1,200")},
                                       date("2024-04-20"));
    CHECK_FALSE(paidUp.any());
    CHECK(paidUp.overdueAmount == Money());
    CHECK(paidUp.daysOverdue == 0);
}

TEST_CASE("arrears refuse payments that do not fit the schedule") {
    CHECK(errorCode([] { arrearsAsOf(flatLoan(), std::vector<Money>(11), date("2024-04-20")); }) ==
          QStringLiteral("loan.arrears"));
    CHECK(errorCode([] { arrearsAsOf(flatLoan(), {money("-1")}, date("2024-04-20")); }) ==
          QStringLiteral("loan.arrears"));
    CHECK(errorCode([] { arrearsAsOf(flatLoan(), {}, QDate()); }) ==
          QStringLiteral("loan.arrears"));
}

TEST_CASE("late instalment fines: a fixed amount or a percentage rounded half-up") {
    const LateFineRule fixed = LateFineRule::fixed(money("20"));
    CHECK(lateInstalmentFine(fixed, money("600")) == money("20.00"));
    CHECK(lateInstalmentFine(fixed, Money()) == Money());  // nothing overdue, no fine

    const LateFineRule twoPercent = LateFineRule::percentage(Ratio::percent(u"2"));
    CHECK(lateInstalmentFine(twoPercent, money("600")) == money("12.00"));
    CHECK(lateInstalmentFine(twoPercent, money("1,100")) == money("22.00"));
    // 12.50 × 1 % = 0.125 -> 0.13.
    CHECK(lateInstalmentFine(LateFineRule::percentage(Ratio(1, 100)), money("12.50")) ==
          money("0.13"));

    // One fine per overdue instalment: 600.00 and 1,100.00 outstanding.
    const Arrears arrears =
        arrearsAsOf(flatLoan(), {money("1,100"), money("500")}, date("2024-04-20"));
    CHECK(lateInstalmentFines(fixed, arrears) == money("40.00"));
    CHECK(lateInstalmentFines(twoPercent, arrears) == money("34.00"));
}
