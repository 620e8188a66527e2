#include "support/CatchMoney.h"

#include "fund/BankReconciliation.h"
#include "fund/FundError.h"
#include "fund/PoolService.h"
#include "support/FundFixture.h"
#include "support/SavingsFixture.h"

using namespace thanrak;
using test::day;
using test::money;

namespace {
QStringList idsOf(const QList<BankBookLine>& lines, std::initializer_list<int> indexes) {
    QStringList ids;
    for (int i : indexes) ids << lines.at(i).journalLineId;
    return ids;
}
}  // namespace

// บัญชี 1 in the books up to 31 Mar 2025: +1,000,000.00 (10 Jan), −20,000.00
// loan (1 Feb), +250.00 fees deposited (30 Mar) = 980,250.00. The passbook
// on 31 Mar says 980,412.50: the bank has not shown the deposit yet and
// credited 412.50 of interest the books do not have.
//   difference   = 980,250.00 − 980,412.50 = −162.50
//   outstanding  = +250.00 (the deposit)
//   unexplained  = −162.50 − 250.00 = −412.50 (the interest)
TEST_CASE("bank reconciliation shows the difference and the lines that explain it") {
    test::FundFixture f;
    f.lendInRound(f.openRound(), f.join(QStringLiteral("สมหมาย")), money("20,000.00"),
                  day("2025-02-01"));
    PoolService pools(f.db());
    pools.deposit(f.government.id, day("2025-03-30"), money("250.00"),
                  QStringLiteral("นำค่าธรรมเนียมฝากธนาคาร"));
    BankReconciliation bank(f.db());
    const Reconciliation open = bank.prepare(f.government.id, day("2025-03-31"),
                                             money("980,412.50"));
    REQUIRE(open.outstanding.size() == 3);
    const QStringList shown = idsOf(open.outstanding, {0, 1});
    Reconciliation r = bank.prepare(f.government.id, day("2025-03-31"), money("980,412.50"), shown);
    CHECK(r.bookBalance == money("980,250.00"));
    CHECK(r.difference() == money("-162.50"));
    REQUIRE(r.outstanding.size() == 1);
    CHECK(r.outstanding[0].amount == money("250.00"));
    CHECK(r.unexplained() == money("-412.50"));

    // Entering the bank's interest explains the rest.
    pools.bankInterest(f.government.id, day("2025-03-31"), money("412.50"));
    const Reconciliation again = bank.prepare(f.government.id, day("2025-03-31"),
                                              money("980,412.50"), shown);
    REQUIRE(again.outstanding.size() == 2);  // the deposit and the new interest line
    const QStringList withInterest = shown + QStringList{again.outstanding[1].journalLineId};
    r = bank.prepare(f.government.id, day("2025-03-31"), money("980,412.50"), withInterest);
    CHECK(r.difference() == money("250.00"));
    CHECK(r.unexplained().isZero());
    const BankStatement march = bank.save(f.government.id, day("2025-03-31"), money("980,412.50"),
                                          withInterest, QStringLiteral("สมุดบัญชีหน้า 3"));

    // April: the deposit appears; nothing is left over.
    const Reconciliation april = bank.prepare(f.government.id, day("2025-04-30"),
                                              money("980,662.50"));
    REQUIRE(april.outstanding.size() == 1);
    CHECK(april.difference().isZero());
    CHECK(april.unexplained() == money("-250.00"));  // until the deposit is ticked
    const Reconciliation aprilTicked =
        bank.prepare(f.government.id, day("2025-04-30"), money("980,662.50"),
                     idsOf(april.outstanding, {0}));
    CHECK(aprilTicked.difference().isZero());
    CHECK(aprilTicked.unexplained().isZero());
    bank.save(f.government.id, day("2025-04-30"), money("980,662.50"),
              idsOf(april.outstanding, {0}), {});
    // March as it was saved: the deposit April cleared still explains March.
    const Reconciliation marchAgain = bank.ofStatement(march);
    REQUIRE(marchAgain.outstanding.size() == 1);
    CHECK(marchAgain.outstanding[0].amount == money("250.00"));
    CHECK(marchAgain.unexplained().isZero());

    // Statements go forward in time; a line must be one still outstanding.
    const QStringList before = f.footprint();
    CHECK_THROWS_AS(bank.save(f.government.id, day("2025-03-15"), money("1.00"), {}, {}), FundError);
    CHECK_THROWS_AS(bank.save(f.government.id, day("2025-05-31"), money("980,662.50"),
                              shown, {}),
                    FundError);
    CHECK(f.footprint() == before);
    CHECK(bank.statements(f.government.id).size() == 2);
    CHECK(bank.ofStatement(march).unexplained().isZero());
}
