#include "support/CatchMoney.h"

#include "savings/LoanRegister.h"
#include "savings/MeetingDayService.h"
#include "savings/MemberCard.h"
#include "savings/SavingsError.h"
#include "support/SavingsFixture.h"

using namespace thanrak;
using test::day;
using test::money;

namespace {
// B (2 shares) and C (10 shares) join on 10 Jan 2026; C borrows 2,000 over
// two months at 1 %/month, 1,000 + 20 due 10 Feb and 1,000 + 10 due 10 Mar.
// At February's meeting B pays 100 of sajja and 50 of deposit, C 500 and the
// first instalment. Nobody comes in March.
struct CardStory : test::SavingsFixture {
    CardStory() {
        b = join(QStringLiteral("บุญมี"), 2, day("2026-01-10"));
        c = join(QStringLiteral("จันทร์"), 10, day("2026-01-10"));
        loan = lend(c, money("2,000.00"), 2, day("2026-01-10"), {},
                    addProduct(test::emergencyProduct()));
        MeetingDayService(db()).post(group.id, day("2026-02-05"),
                                     {{b, money("100.00"), money("50.00"), {}, {}},
                                      {c, money("500.00"), {}, {}, {{loan, money("1,020.00")}}}});
    }
    QString b, c, loan;
};
}  // namespace

TEST_CASE("the member card shows savings, loans and receipts of one member") {
    CardStory s;
    const MemberCard card = loadMemberCard(s.db(), s.c, day("2026-02-05"));
    CHECK(card.person.firstName == QStringLiteral("จันทร์"));
    CHECK(card.shares == 10);
    CHECK(card.monthlySajja == money("500.00"));
    CHECK(card.savings == money("500.00"));
    CHECK(card.deposits == money("0.00"));
    CHECK(card.loansOutstanding == money("1,000.00"));
    REQUIRE(card.loans.size() == 1);
    CHECK(card.loans.at(0).schedule.size() == 2);
    REQUIRE(card.loans.at(0).standing.has_value());
    CHECK(card.loans.at(0).standing->payoff() == money("1,000.00"));
    // Entrance fee on joining, then February's meeting: newest first.
    REQUIRE(card.receipts.size() == 2);
    CHECK(card.receipts.at(0).total == money("1,520.00"));
    REQUIRE(card.months.size() == 12);
    CHECK(card.months.last().month == QStringLiteral("2026-02"));
    CHECK(card.months.last().due == money("500.00"));
    CHECK(card.months.last().paid == money("500.00"));
    // Joined on the 10th, after January's collection day: nothing was due.
    CHECK(card.months.at(10).due == money("0.00"));

    const MemberCard saver = loadMemberCard(s.db(), s.b, day("2026-02-05"));
    CHECK(saver.savings == money("100.00"));
    CHECK(saver.deposits == money("50.00"));
    CHECK(saver.loans.isEmpty());
}

TEST_CASE("a month later the card shows the missed sajja and the loan in arrears") {
    CardStory s;
    const MemberCard card = loadMemberCard(s.db(), s.c, day("2026-04-06"));
    // March's 500 was missed (late fine 10 baht); April's 500 is due now.
    CHECK(card.sajja.dueThisMonth == money("500.00"));
    CHECK(card.sajja.arrears() == money("500.00"));
    CHECK(card.sajja.suggestedFine() == money("10.00"));
    REQUIRE(card.loans.at(0).standing.has_value());
    // Instalment 2 fell due on 10 March: 27 days by 6 April.
    CHECK(card.loans.at(0).standing->daysOverdue() == 27);
}

TEST_CASE("the loan register lists contracts with arrears and totals") {
    CardStory s;
    QList<LoanRegisterRow> rows = loanRegister(s.db(), s.group.id, day("2026-02-05"));
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0).memberName.contains(QStringLiteral("จันทร์")));
    CHECK(rows.at(0).amount == money("2,000.00"));
    CHECK(rows.at(0).outstanding == money("1,000.00"));
    CHECK_FALSE(rows.at(0).inArrears());

    rows = loanRegister(s.db(), s.group.id, day("2026-04-06"));
    CHECK(rows.at(0).daysOverdue == 27);
    const LoanRegisterTotals totals = loanRegisterTotals(rows);
    CHECK(totals.active == 1);
    CHECK(totals.inArrears == 1);
    CHECK(totals.outstanding == money("1,000.00"));
    CHECK(totals.outstandingInArrears == money("1,000.00"));
}

TEST_CASE("a card of a membership that does not exist is refused") {
    CardStory s;
    CHECK_THROWS_AS(loadMemberCard(s.db(), QStringLiteral("no-such-member"), day("2026-02-05")),
                    SavingsError);
}
