#include "support/CatchMoney.h"

#include "domain/Validation.h"
#include "fund/FundError.h"
#include "fund/LoanRoundService.h"
#include "fund/PoolRepository.h"
#include "fund/PoolService.h"
#include "ledger/ChartOfAccounts.h"
#include "savings/SavingsError.h"
#include "support/FundFixture.h"
#include "support/SavingsFixture.h"

using namespace thanrak;
using test::day;
using test::money;

namespace {
CapitalPool projectPool(const QString& fundId) {
    CapitalPool p;
    p.organisationId = fundId;
    p.kind = PoolKind::Project;
    p.name = QStringLiteral("เงินโครงการประชารัฐ");
    p.openedOn = day("2025-01-01");
    return p;
}
}  // namespace

TEST_CASE("a pool opens with its own bank, capital and loans accounts") {
    test::FundFixture f;
    const QList<Account> accounts = ChartOfAccounts(f.db()).accounts(f.fund.id);
    auto named = [&](const char* code) {
        for (const Account& a : accounts)
            if (a.code == QLatin1String(code))
                return a.name;
        return QString();
    };
    CHECK(named("1111") == QStringLiteral("เงินฝากธนาคาร - เงินทุนจากรัฐบาล (บัญชี 1)"));
    CHECK(named("1211") == QStringLiteral("ลูกหนี้เงินกู้ - เงินทุนจากรัฐบาล (บัญชี 1)"));
    CHECK(named("3411") == QStringLiteral("ทุน - เงินทุนจากรัฐบาล (บัญชี 1)"));
    CHECK(named("2103") == QStringLiteral("เงินกองทุนประกันความเสี่ยง"));

    PoolService pools(f.db());
    const CapitalPool project = pools.open(projectPool(f.fund.id));
    CHECK(project.position == 2);
    CHECK(f.balanceOf(project.bankAccountId).isZero());
    // The same name twice is refused.
    CHECK_THROWS_AS(pools.open(projectPool(f.fund.id)), ValidationError);
}

TEST_CASE("capital received and a later increase are what the pool holds") {
    test::FundFixture f;
    PoolService pools(f.db());
    pools.receiveCapital(f.government.id, day("2025-06-01"), money("100,000.00"),
                         QStringLiteral("เงินเพิ่มทุนระยะที่ 3"));
    const PoolBalance b = pools.balance(f.government, day("2025-12-31"));
    CHECK(b.held == money("1,100,000.00"));
    CHECK(b.capital == money("1,100,000.00"));
    CHECK(b.loansOutstanding.isZero());
    // Before the increase only the first million was there.
    CHECK(pools.balance(f.government, day("2025-05-31")).held == money("1,000,000.00"));
    const QList<PoolMovement> moves = PoolRepository(f.db()).movements(f.government.id);
    REQUIRE(moves.size() == 2);
    CHECK(moves[1].source == QStringLiteral("เงินเพิ่มทุนระยะที่ 3"));

    const QStringList before = f.footprint();
    CHECK_THROWS_AS(pools.receiveCapital(f.government.id, day("2025-06-01"), money("-5.00"),
                                         QStringLiteral("ผิด")),
                    ValidationError);
    CHECK_THROWS_AS(pools.receiveCapital(f.government.id, day("2025-06-01"), money("5.00"), {}),
                    ValidationError);
    CHECK_THROWS_AS(pools.withdraw(f.government.id, day("2025-05-31"), money("1,000,000.01"), {}),
                    FundError);
    CHECK(f.footprint() == before);
}

// 200,000 baht from ธ.ก.ส. at 5 % a year, repaid once after 12 months: interest
// 200,000 × 5 % × 365/365 = 10,000.00, due 1 Mar 2026.
TEST_CASE("an outside loan is owed to its lender and repaid with interest") {
    test::FundFixture f;
    PoolService pools(f.db());
    CapitalPool p;
    p.organisationId = f.fund.id;
    p.kind = PoolKind::OutsideLoan;
    p.name = QStringLiteral("เงินกู้ ธ.ก.ส.");
    p.openedOn = day("2025-03-01");
    p.outsideLoan = OutsideLoanTerms{QStringLiteral("ธ.ก.ส. สาขากุดชุม"), Ratio(5), RatePeriod::Year,
                                     12, InterestMethod::Maturity};
    const CapitalPool loan = pools.open(p);
    pools.receiveCapital(loan.id, day("2025-03-01"), money("200,000.00"),
                         QStringLiteral("สัญญากู้ยืมเลขที่ 68/112"));
    const std::vector<Instalment> schedule = pools.outsideLoanSchedule(loan.id);
    REQUIRE(schedule.size() == 1);
    CHECK(schedule[0].dueDate == day("2026-03-01"));
    CHECK(schedule[0].interest == money("10,000.00"));

    // The pool holds only the 200,000; paying 210,000 needs the interest first.
    CHECK_THROWS_AS(pools.repayOutsideLoan(loan.id, day("2026-03-01"), money("200,000.00"),
                                           money("10,000.00"), {}),
                    FundError);
    // The interest comes from บัญชี 1 through the office's cash: no cash, no deposit.
    CHECK_THROWS_AS(pools.deposit(loan.id, day("2026-02-28"), money("10,000.00"), {}), FundError);
    pools.withdraw(f.government.id, day("2026-02-27"), money("10,000.00"),
                   QStringLiteral("ถอนเพื่อชำระดอกเบี้ย ธ.ก.ส."));
    pools.deposit(loan.id, day("2026-02-28"), money("10,000.00"),
                  QStringLiteral("โอนดอกเบี้ยเพื่อชำระ ธ.ก.ส."));
    pools.repayOutsideLoan(loan.id, day("2026-03-01"), money("200,000.00"), money("10,000.00"),
                           {});
    const PoolBalance b = pools.balance(loan, day("2026-03-01"));
    CHECK(b.held.isZero());
    CHECK(b.capital.isZero());  // nothing owed
    CHECK(f.roleBalance(AccountRole::InterestExpense) == money("10,000.00"));
    CHECK_THROWS_AS(pools.repayOutsideLoan(loan.id, day("2026-03-02"), money("0.01"), {}, {}),
                    FundError);
}

// บัญชีโครงการ holds 30,000. A is paid 20,000 on 1 Feb, leaving 10,000; a
// payment dated before 1 Feb cannot spend that 20,000 again.
TEST_CASE("a pool cannot lend more than it holds") {
    test::FundFixture f;
    PoolService pools(f.db());
    const CapitalPool project = pools.open(projectPool(f.fund.id));
    pools.receiveCapital(project.id, day("2025-01-10"), money("30,000.00"),
                         QStringLiteral("เงินโครงการประชารัฐ"));
    const LoanRound round = f.openRound(project.id);
    f.lendInRound(round, f.join(QStringLiteral("อำไพ")), money("20,000.00"), day("2025-02-01"));
    CHECK(pools.balance(project, day("2025-02-01")).held == money("10,000.00"));
    CHECK(pools.balance(project, day("2025-02-01")).loansOutstanding == money("20,000.00"));

    LoanRoundService rounds(f.db());
    // B is approved 10,000 on 31 Jan: all that is left after A's 20,000 of 1 Feb.
    const Loan b = rounds.apply({round.id, f.join(QStringLiteral("บุญมี")), day("2025-01-20"),
                                 money("10,000.00"), 0, {}, {}});
    rounds.approve(b.id, {day("2025-01-31"), money("10,000.00"), {}, false});
    pools.withdraw(project.id, day("2025-02-01"), money("5,000.00"), QStringLiteral("ถอนผิดบัญชี"));
    const QStringList before = f.footprint();
    for (const char* when : {"2025-02-02", "2025-01-31"}) {  // the second one dated back
        CAPTURE(when);
        try {
            rounds.disburse(b.id, day(when));
            FAIL("paid more than the pool holds");
        } catch (const SavingsError& e) {
            CHECK(e.code() == QStringLiteral("savings.pool_limit"));
            CHECK(e.message().contains(QStringLiteral("5,000.00")));
            CHECK(e.message().contains(QStringLiteral("10,000.00")));
            CHECK(e.message().contains(QStringLiteral("เงินโครงการประชารัฐ")));
        }
    }
    CHECK(f.footprint() == before);

    // Promising more than the pool holds is refused at the committee already:
    // 10,000 approved and not paid + 25,000 = 35,000 > the 5,000 it will hold.
    const Loan c = rounds.apply({round.id, f.join(QStringLiteral("ชูใจ")), day("2025-01-20"),
                                 money("25,000.00"), 0, {}, {}});
    try {
        rounds.approve(c.id, {day("2025-01-31"), money("25,000.00"),
                              QStringLiteral("ขยายกิจการโรงสี"), true});
        FAIL("approved more than the pool holds");
    } catch (const FundError& e) {
        CHECK(e.message().contains(QStringLiteral("35,000.00")));
        CHECK(e.message().contains(QStringLiteral("5,000.00")));
    }
}
