#include "support/CatchMoney.h"

#include "domain/Validation.h"
#include "fund/FundError.h"
#include "fund/LoanRoundService.h"
#include "fund/PoolService.h"
#include "savings/LoanRepository.h"
#include "savings/RepaymentService.h"
#include "support/FundFixture.h"
#include "support/SavingsFixture.h"

using namespace thanrak;
using test::day;
using test::money;

// The round lends from บัญชี 1 (1,000,000) at 6 % a year, repaid once after a
// year; contract fee 50, risk fund 1 % of the amount.
TEST_CASE("a loan round from applications to disbursement") {
    test::FundFixture f;
    const LoanRound round = f.openRound();
    CHECK(roundNoText(round) == QStringLiteral("1/2568"));
    LoanRoundService rounds(f.db());
    const QString a = f.join(QStringLiteral("สมหมาย"));
    const Loan applied = rounds.apply({round.id, a, day("2025-01-15"), money("20,000.00"), 0,
                                       QStringLiteral("ซื้อปุ๋ย"), {}});
    CHECK(applied.poolId == f.government.id);
    CHECK(applied.requestedMonths == 12);
    rounds.approve(applied.id, {day("2025-01-31"), money("20,000.00"), {}, false});
    const RoundDisbursement paid = rounds.disburse(applied.id, day("2025-02-01"));
    CHECK(contractNoText(paid.disbursement.loan) == QStringLiteral("1/2568"));
    CHECK(paid.disbursement.loan.maturityDate == day("2026-02-01"));
    // 20,000 × 6 % × 365/365 = 1,200.00 at maturity.
    REQUIRE(paid.disbursement.schedule.size() == 1);
    CHECK(paid.disbursement.schedule[0].interest == money("1,200.00"));
    // Fees on their own receipt: 50.00 + 1 % of 20,000 = 250.00 in cash.
    REQUIRE(paid.feeReceipt.has_value());
    CHECK(paid.feeReceipt->total == money("250.00"));
    CHECK(f.roleBalance(AccountRole::ContractFeeIncome) == money("50.00"));
    CHECK(f.roleBalance(AccountRole::RiskFund) == money("200.00"));
    CHECK(f.roleBalance(AccountRole::Cash) == money("250.00"));
    const PoolBalance pool = PoolService(f.db()).balance(f.government, day("2025-02-01"));
    CHECK(pool.held == money("980,000.00"));
    CHECK(pool.loansOutstanding == money("20,000.00"));

    const RoundSheet sheet = rounds.sheet(round.id, day("2025-02-01"));
    CHECK(sheet.applications == 1);
    CHECK(sheet.approved == money("20,000.00"));
    CHECK(sheet.disbursed == money("20,000.00"));
    CHECK(sheet.poolHeld == money("980,000.00"));
    CHECK(sheet.lines.at(0).memberName.contains(QStringLiteral("สมหมาย")));
}

TEST_CASE("a round keeps to its dates and caps") {
    test::FundFixture f;
    const LoanRound round = f.openRound();
    LoanRoundService rounds(f.db());
    const QString a = f.join(QStringLiteral("สมหมาย"));
    const QStringList before = f.footprint();
    // After the closing day of applications, and over the raised cap.
    CHECK_THROWS_AS(rounds.apply({round.id, a, day("2025-02-01"), money("10,000.00"), 0, {}, {}}),
                    ValidationError);
    CHECK_THROWS_AS(rounds.apply({round.id, a, day("2025-01-15"), money("50,000.01"), 0, {}, {}}),
                    ValidationError);
    CHECK(f.footprint() == before);

    const Loan big = rounds.apply({round.id, a, day("2025-01-15"), money("30,000.00"), 0, {}, {}});
    // Above the ordinary 20,000 needs the committee's special approval and a reason.
    CHECK_THROWS_AS(rounds.approve(big.id, {day("2025-01-31"), money("30,000.00"), {}, false}),
                    ValidationError);
    CHECK_THROWS_AS(rounds.approve(big.id, {day("2025-01-31"), money("30,000.00"), {}, true}),
                    ValidationError);
    CHECK(checkDecision(round, {day("2025-01-31"), money("50,000.01"), QStringLiteral("x"), true})
              .size() == 1);
    const Loan approved = rounds.approve(
        big.id, {day("2025-01-31"), money("30,000.00"), QStringLiteral("ลงทุนเลี้ยงโคขุน 3 ตัว"), true});
    CHECK(approved.approvedAmount == money("30,000.00"));

    // Outside a round a fund's loan must still name the pool it comes from.
    LoanApplication loose;
    loose.organisationId = f.fund.id;
    loose.membershipId = a;
    loose.productId = f.roundProduct;
    loose.appliedOn = day("2025-01-15");
    loose.amount = money("5,000.00");
    loose.months = 12;
    const FieldProblems problems = LoanService(f.db()).check(loose);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].field == QStringLiteral("pool_id"));

    rounds.close(round.id, day("2025-02-15"));
    CHECK_THROWS_AS(rounds.apply({round.id, f.join(QStringLiteral("บุญมี")), day("2025-01-20"),
                                  money("5,000.00"), 0, {}, {}}),
                    FundError);
}

// 20,000 paid on 1 Mar 2025; paid off on 1 Sep 2025 after 184 days:
// 20,000 × 6 % × 184 / 365 = 604.9315 → 604.93; at maturity the full 1,200.00.
TEST_CASE("maturity interest runs by the day until the single repayment") {
    test::FundFixture f;
    const LoanRound round = f.openRound();
    const QString loanId =
        f.lendInRound(round, f.join(QStringLiteral("สมหมาย")), money("20,000.00"), day("2025-03-01"));
    RepaymentService repayments(f.db());
    CHECK(repayments.standing(loanId, day("2025-09-01")).payoff() == money("20,604.93"));
    CHECK(repayments.standing(loanId, day("2025-09-01")).dueNow().isZero());
    CHECK(repayments.standing(loanId, day("2026-03-01")).payoff() == money("21,200.00"));

    const Repayment paid = repayments.repay(loanId, day("2026-03-01"), money("21,200.00"));
    CHECK(paid.plan.settles);
    // Principal and interest go back into บัญชี 1: 980,000 + 21,200.
    CHECK(PoolService(f.db()).balance(f.government, day("2026-03-01")).held ==
          money("1,001,200.00"));
    CHECK(f.roleBalance(AccountRole::InterestIncome) == money("1,200.00"));
    CHECK(f.roleBalance(AccountRole::Cash) == money("250.00"));  // only the fees
}
