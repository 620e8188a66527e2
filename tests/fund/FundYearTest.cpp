#include "support/CatchMoney.h"

#include "fund/FundOverview.h"
#include "fund/GradeRepository.h"
#include "fund/PoolService.h"
#include "savings/LoanService.h"
#include "savings/ReceiptPosting.h"
#include "savings/RepaymentService.h"
#include "savings/YearEndService.h"
#include "storage/Migrator.h"
#include "storage/Sql.h"
#include "support/FundFixture.h"
#include "support/SavingsFixture.h"
#include "support/TempDir.h"

using namespace thanrak;
using test::day;
using test::money;

namespace {
void buyShares(test::FundFixture& f, const QString& member, Money amount, const QDate& on) {
    ReceiptPosting(f.db()).post(
        {f.fund.id, on, member, {}, PaymentMethod::Cash, {{ReceiptLineKind::Shares, amount, {}, 0, {}, {}}}});
}
}  // namespace

// The fund's 2025: A holds 1,000 of shares, B 3,000; the only income is
// 1,000.00 of bank interest, so net profit is 1,000.00. The village-fund
// policy: reserve 20 % = 200.00, member returns 40 % = 400.00 shared by the
// shares held at year end (A 400 × 1,000/4,000 = 100.00, B 300.00), and
// risk fund, committee, welfare, public benefit 10 % each = 100.00.
TEST_CASE("a fund's profit is allocated by its regulation, member returns by shares") {
    test::FundFixture f;
    const QString a = f.join(QStringLiteral("สมหมาย"));
    const QString b = f.join(QStringLiteral("บุญมี"));
    buyShares(f, a, money("1,000.00"), day("2025-01-15"));
    buyShares(f, b, money("3,000.00"), day("2025-06-01"));
    PoolService(f.db()).bankInterest(f.government.id, day("2025-12-31"), money("1,000.00"));

    YearEndService years(f.db());
    const AllocationRun run = years.draft(f.fund.id, 2025);
    CHECK(run.netProfit == money("1,000.00"));
    CHECK(run.policy.dividendOn == DividendBalance::Shares);
    REQUIRE(run.members.size() == 2);
    CHECK(run.members[0].yearEndSavings == money("1,000.00"));
    CHECK(run.members[0].dividend == money("100.00"));
    CHECK(run.members[1].dividend == money("300.00"));
    CHECK(run.head(QStringLiteral("reserve"))->finalAmount == money("200.00"));
    CHECK(run.head(QStringLiteral("risk_fund"))->finalAmount == money("100.00"));
    CHECK(run.result().reconciles());

    // Posted after the annual meeting of 15 Feb 2026, paid into savings.
    const AllocationRun posted = years.post(run.id, day("2026-02-15"), {PayoutMethod::Savings, {}});
    CHECK(posted.approvedOn == day("2026-02-15"));
    CHECK(f.roleBalance(AccountRole::Reserve) == money("200.00"));
    CHECK(f.roleBalance(AccountRole::MemberSavings) == money("400.00"));
}

// On 1 Apr 2026: A repaid 20,000 + 1,200 at maturity; B's 10,000 is 59 days
// overdue, so all that is outstanding is in arrears (100 %). บัญชี 1 holds
// 1,000,000 − 30,000 + 21,200 = 991,200. Graded at three quarters of each
// criterion (rounded down): 15 + 11 + 15 + 15 + 11 + 7 = 74 points, a B.
TEST_CASE("the district overview shows each fund's pools, loans, arrears and grade") {
    test::FundFixture f;
    const LoanRound round = f.openRound();
    const QString a = f.join(QStringLiteral("สมหมาย"));
    const QString loanA = f.lendInRound(round, a, money("20,000.00"), day("2025-02-01"));
    f.lendInRound(round, f.join(QStringLiteral("บุญมี")), money("10,000.00"), day("2025-02-01"));
    RepaymentService(f.db()).repay(loanA, day("2026-02-01"), money("21,200.00"));
    GradeRepository grades(f.db());
    FundGrade g;
    g.organisationId = f.fund.id;
    g.year = 2025;
    g.schemeId = grades.ensureDefaultScheme().id;
    g.assessedOn = day("2026-02-20");
    for (const GradingCriterion& c : defaultGradingScheme().criteria)
        g.scores.append({c.key, c.maxScore * 3 / 4, {}});
    grades.save(g);

    const QList<FundOverviewRow> rows = fundOverview(f.db(), day("2026-04-01"));
    REQUIRE(rows.size() == 1);
    const FundOverviewRow& row = rows[0];
    CHECK(row.code == QStringLiteral("VF35020102"));
    CHECK(row.pools == 1);
    CHECK(row.poolsHeld == money("991,200.00"));
    CHECK(row.loansOutstanding == money("10,000.00"));
    CHECK(row.overduePrincipal == money("10,000.00"));
    CHECK(row.overdueShare() == Ratio(100));
    CHECK(row.loansInArrears == 1);
    CHECK(row.grade == QStringLiteral("B"));
    CHECK(row.gradeYear == 2025);
    CHECK(fundOverview(f.db(), day("2026-04-01"), QStringLiteral("350299")).isEmpty());
    // As the books stood at the end of 2025: both contracts running, none late.
    const FundOverviewRow lastYear = fundOverview(f.db(), day("2025-12-31")).at(0);
    CHECK(lastYear.loansOutstanding == money("30,000.00"));
    CHECK(lastYear.overduePrincipal.isZero());
    CHECK(lastYear.activeLoans == 2);
    CHECK(lastYear.poolsHeld == money("970,000.00"));
}

TEST_CASE("a version 5 file gains the village-fund tables and rebuilt receipt lines") {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("v5.thanrak"));
    Database::create(path, 5);
    auto db = Database::open(path);
    CHECK(db->schemaVersion() == latestSchemaVersion());
    for (const char* table : {"capital_pools", "pool_movements", "loan_rounds", "bank_statements",
                              "bank_statement_lines", "grading_schemes", "fund_grades"})
        CHECK(sql::scalar(db->connection(),
                          QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = ?"),
                          {QString::fromUtf8(table)})
                  .toInt() == 1);
    CHECK(sql::scalar(db->connection(),
                      QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'receipt_lines'"))
              .toString()
              .contains(QStringLiteral("risk_fund")));
    CHECK(sql::scalar(db->connection(),
                      QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND "
                                     "tbl_name = 'receipt_lines'"))
              .toInt() == 2);
    CHECK(sql::scalar(db->connection(),
                      QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                     "'receipt_lines_loan'"))
              .toInt() == 1);
}
