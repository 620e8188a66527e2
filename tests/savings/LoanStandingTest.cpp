#include "support/CatchMoney.h"

#include "savings/LoanStanding.h"
#include "savings/SajjaStanding.h"
#include "support/SavingsFixture.h"

using namespace thanrak;
using test::day;
using test::money;

TEST_CASE("a maturity loan paid off early owes interest by the day") {
    // 20,000 at 6 % a year, one repayment after 12 months (1,200.00 over the
    // 365 days of 2026). Paid off after 100 days: 1,200 × 100/365 = 328.77.
    LoanTerms terms{money("20,000.00"),       Ratio(6, 100),     RatePeriod::Year, 12,
                    InterestMethod::Maturity, day("2026-01-01"), std::nullopt};
    const std::vector<Instalment> schedule = buildSchedule(terms);
    REQUIRE(schedule.at(0).interest == money("1,200.00"));
    const LoanStanding early =
        loanStandingOn(terms, schedule, {}, FineRule::none(), day("2026-04-11"));
    CHECK(early.dueNow().isZero());
    CHECK(early.payoff() == money("20,328.77"));
    // At maturity the whole interest is due; a month late adds the fine once.
    const FineRule fine = FineRule::fixedAmount(money("50.00"));
    CHECK(loanStandingOn(terms, schedule, {}, fine, day("2027-01-01")).dueNow() ==
          money("21,200.00"));
    PaidByInstalment paid{{1, {money("10,000.00"), money("1,200.00"), money("50.00")}}};
    const LoanStanding late = loanStandingOn(terms, schedule, paid, fine, day("2027-02-01"));
    CHECK(late.dueNow() == money("10,000.00"));  // the fine was paid already
    CHECK(late.daysOverdue() == 31);
}

TEST_CASE("money beyond what is due pays the next instalments' principal early") {
    // Flat 12,000 over 12 months at 1 %: 1,000 + 120 a month, from 15 Jan.
    LoanTerms terms{money("12,000.00"),   Ratio(1, 100),     RatePeriod::Month, 12,
                    InterestMethod::Flat, day("2026-01-15"), std::nullopt};
    const std::vector<Instalment> schedule = buildSchedule(terms);
    const LoanStanding standing =
        loanStandingOn(terms, schedule, {}, FineRule::none(), day("2026-02-05"));
    CHECK(standing.dueNow() == money("1,120.00"));  // due 15 Feb, taken on the 5th
    const RepaymentSplit split = allocateRepayment(standing.payoffItems(), money("2,500.00"));
    const QList<ReceiptLine> lines = repaymentLines(QStringLiteral("loan"), split);
    // 1,120 on instalment 1, then 1,380 of principal: all of instalment 2's
    // (its interest has not started to accrue) and 380 of instalment 3's.
    REQUIRE(lines.size() == 4);
    CHECK(lines.at(0).amount == money("120.00"));
    CHECK(lines.at(1).amount == money("1,000.00"));
    CHECK(lines.at(2).kind == ReceiptLineKind::Principal);
    CHECK(lines.at(2).instalmentNo == 2);
    CHECK(lines.at(2).amount == money("1,000.00"));
    CHECK(lines.at(3).instalmentNo == 3);
    CHECK(lines.at(3).amount == money("380.00"));
    CHECK(split.excess.isZero());
}

TEST_CASE("a sajja payment fills missed months first") {
    SajjaStanding standing;
    standing.dueThisMonth = money("200.00");
    standing.missed = {
        {QStringLiteral("2026-02"), day("2026-02-05"), money("200.00"), money("50.00"),
         money("10.00")},
        {QStringLiteral("2026-03"), day("2026-03-05"), money("200.00"), {}, money("10.00")}};
    CHECK(standing.arrears() == money("350.00"));
    const QList<ReceiptLine> lines =
        sajjaLines(standing, QStringLiteral("2026-04"), money("600.00"));
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0).amount == money("150.00"));
    CHECK(lines.at(1).amount == money("200.00"));
    CHECK(lines.at(2).forMonth == QStringLiteral("2026-04"));
    CHECK(lines.at(2).amount == money("250.00"));
    const QList<ReceiptLine> fines = sajjaFineLines(standing, money("25.00"));
    REQUIRE(fines.size() == 2);
    CHECK(fines.at(0).amount == money("10.00"));
    CHECK(fines.at(1).amount == money("15.00"));
    CHECK(fines.at(1).forMonth == QStringLiteral("2026-03"));
}
