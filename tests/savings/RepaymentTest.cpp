#include "support/CatchMoney.h"

#include "ledger/Balances.h"
#include "ledger/Journal.h"
#include "savings/LoanRepository.h"
#include "savings/ReceiptRepository.h"
#include "savings/RepaymentService.h"
#include "savings/SavingsError.h"
#include "support/SavingsFixture.h"

using namespace thanrak;
using test::day;
using test::money;

namespace {
// 10,000 baht at 1 %/month, equal principal, 10 months, paid out on 5 Jan
// 2026: instalment k is 1,000 principal + (11 − k) × 10 interest, due the 5th.
// Figures from tests/savings/worked_numbers.py.
struct RepaymentStory : test::SavingsFixture {
    RepaymentStory() {
        member = join(QStringLiteral("สมศรี"), 4, day("2026-01-02"));
        openingSavings(member, money("5,000.00"), day("2026-01-02"));
        loanId = lend(member, money("10,000.00"), 10, day("2026-01-05"));
    }
    Repayment pay(const char* when, const char* amount) {
        return RepaymentService(db()).repay(loanId, day(when), money(amount));
    }
    void payFirstThree() {
        pay("2026-02-05", "1,100.00");
        pay("2026-03-05", "1,090.00");
        pay("2026-04-05", "1,080.00");
    }
    QString member;
    QString loanId;
};
}  // namespace

TEST_CASE("three months of repayments bring 270.00 of interest") {
    RepaymentStory s;
    const LoanStanding first = RepaymentService(s.db()).standing(s.loanId, day("2026-02-05"));
    CHECK(first.dueNow() == money("1,100.00"));
    CHECK(first.payoff() == money("10,100.00"));
    s.payFirstThree();
    CHECK(s.balance(AccountRole::InterestIncome) == money("270.00"));
    CHECK(s.memberBalance(AccountRole::LoansReceivable, s.member) == money("7,000.00"));
    CHECK(LoanRepository(s.db()).outstandingPrincipal(s.loanId) == money("7,000.00"));
    CHECK(s.balance(AccountRole::FineIncome).isZero());
    // Cash: 10,000 + 20 fee + 5,000 savings − 10,000 lent + 3,270 repaid.
    CHECK(s.balance(AccountRole::Cash) == money("8,290.00"));
    const QList<Receipt> receipts = ReceiptRepository(s.db()).ofMember(s.member);
    REQUIRE(receipts.size() == 4);  // the fee, then three repayments
    CHECK(receiptNoText(receipts.at(3)) == QStringLiteral("4/2569"));
    REQUIRE(receipts.at(3).lines.size() == 2);
    CHECK(receipts.at(3).lines.at(0).kind == ReceiptLineKind::Interest);
    CHECK(receipts.at(3).lines.at(0).instalmentNo == 3);
    CHECK(receipts.at(3).lines.at(0).amount == money("80.00"));
    CHECK(receipts.at(3).lines.at(1).amount == money("1,000.00"));
    CHECK(Balances(s.db()).trialBalance(s.group.id, day("2026-12-31")).balanced());
}

TEST_CASE("a late partial payment pays the fine first, then interest, then principal") {
    RepaymentStory s;
    s.payFirstThree();
    // May is missed. On 5 June instalment 4 (1,070) is 31 days late: fine 1 %
    // = 10.70. 1,500 pays 10.70 + 70 + 1,000 on it and 60 + 359.30 on instalment 5.
    const LoanStanding june = RepaymentService(s.db()).standing(s.loanId, day("2026-06-05"));
    CHECK(june.daysOverdue() == 31);
    CHECK(june.dueNow() == money("2,140.70"));
    const Repayment paid = s.pay("2026-06-05", "1,500.00");
    CHECK(paid.plan.fine() == money("10.70"));
    CHECK(paid.plan.interest() == money("130.00"));
    CHECK(paid.plan.principal() == money("1,359.30"));
    CHECK_FALSE(paid.plan.settles);
    CHECK(s.balance(AccountRole::FineIncome) == money("10.70"));
    CHECK(s.balance(AccountRole::InterestIncome) == money("400.00"));
    CHECK(s.memberBalance(AccountRole::LoansReceivable, s.member) == money("5,640.70"));
    CHECK(paid.receipt.lines.at(0).kind == ReceiptLineKind::Fine);
    CHECK(paid.receipt.lines.at(0).instalmentNo == 4);
}

TEST_CASE("early payoff settles the loan; a satang more is refused") {
    RepaymentStory s;
    s.payFirstThree();
    s.pay("2026-06-05", "1,500.00");
    // 20 June: instalment 5's 640.70 is late (fine 6.41); instalment 6 accrues
    // 50.00 × 15/30 = 25.00; principal left 5,640.70. Payoff 5,672.11.
    const LoanStanding standing = RepaymentService(s.db()).standing(s.loanId, day("2026-06-20"));
    CHECK(standing.payoff() == money("5,672.11"));
    const QStringList before = s.footprint();
    try {
        s.pay("2026-06-20", "5,672.12");
        FAIL("overpayment accepted");
    } catch (const SavingsError& e) {
        CHECK(e.code() == QStringLiteral("savings.overpayment"));
        CHECK(
            e.message().startsWith(QStringLiteral("ยอดชำระ 5,672.12 บาท เกินยอดปิดสัญญาเลขที่ 1/2569")));
        CHECK(e.message().contains(QStringLiteral("5,672.11")));
    }
    CHECK(s.footprint() == before);

    const Repayment last = s.pay("2026-06-20", "5,672.11");
    CHECK(last.plan.settles);
    const Loan loan = *LoanRepository(s.db()).find(s.loanId);
    CHECK(loan.status == LoanStatus::Settled);
    CHECK(loan.settledOn == day("2026-06-20"));
    CHECK(s.memberBalance(AccountRole::LoansReceivable, s.member).isZero());
    CHECK(s.balance(AccountRole::InterestIncome) == money("425.00"));
    CHECK(s.balance(AccountRole::FineIncome) == money("17.11"));
    // Cash in over the life of the loan: 10,000 + 425 + 17.11.
    CHECK(s.balance(AccountRole::Cash) == money("15,462.11"));
    CHECK_THROWS_AS(s.pay("2026-06-21", "1.00"), SavingsError);
}

TEST_CASE("a reversed receipt no longer counts as paid") {
    RepaymentStory s;
    const Repayment paid = s.pay("2026-02-05", "1,100.00");
    Journal(s.db()).reverse(paid.receipt.journalEntryId, day("2026-02-06"),
                            QStringLiteral("บันทึกผิดคน"));
    CHECK(RepaymentService(s.db()).standing(s.loanId, day("2026-02-06")).dueNow() ==
          money("1,111.00"));
    CHECK(LoanRepository(s.db()).outstandingPrincipal(s.loanId) == money("10,000.00"));
}
