#include "support/CatchMoney.h"
#include "support/CatchQt.h"

#include "demo/DemoDistrict.h"
#include "domain/ReferenceData.h"
#include "ledger/Balances.h"
#include "ledger/ChartOfAccounts.h"
#include "savings/LoanRepository.h"
#include "savings/RepaymentService.h"
#include "savings/YearEndService.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "support/TempDir.h"

#include <QElapsedTimer>

using namespace thanrak;

namespace {
// One demo district for every case of this file: building it is the slow part.
struct SharedDemo {
    test::TempDir dir;
    std::unique_ptr<Database> db;
    DemoSummary summary;
    DemoOptions options;
    qint64 milliseconds = 0;

    SharedDemo() {
        db = Database::create(dir.path(QStringLiteral("demo.thanrak")));
        installReferenceData(*db);
        QElapsedTimer timer;
        timer.start();
        summary = createDemoDistrict(*db, options);
        milliseconds = timer.elapsed();
    }
};

SharedDemo& demo() {
    static SharedDemo shared;
    return shared;
}

QStringList column(const QString& statement) {
    QSqlQuery q = sql::run(demo().db->connection(), statement);
    QStringList values;
    while (q.next()) values.append(q.value(0).toString());
    return values;
}

int count(const QString& statement) {
    return sql::scalar(demo().db->connection(), statement).toInt();
}

QStringList savingsGroups() {
    return column(QStringLiteral("SELECT id FROM organisations WHERE kind = 'savings_group'"));
}
}  // namespace

TEST_CASE("every demo savings group holds a meeting a month from January 2025") {
    const SharedDemo& d = demo();
    // Wall time depends on the machine; printed, not asserted.
    WARN("demo district built in " << d.milliseconds << " ms");
    CHECK(savingsGroups().size() == 30);
    // January 2025 to November 2026: 23 collection days on the 5th.
    CHECK(
        count(QStringLiteral("SELECT count(*) FROM organisations o WHERE kind = 'savings_group' "
                             "AND (SELECT count(*) FROM meetings m WHERE m.organisation_id = o.id) "
                             "< 23")) == 0);
    CHECK(count(QStringLiteral("SELECT min(n) FROM (SELECT count(*) AS n FROM meetings "
                               "GROUP BY organisation_id)")) == 23);
    CHECK(d.summary.meetings == 30 * 23);
    CHECK(d.summary.receipts > 30 * 23 * 40);
    CHECK(d.db->check().ok);
}

TEST_CASE("the books of every demo savings group balance") {
    Balances balances(*demo().db);
    for (const QString& group : savingsGroups()) {
        const TrialBalance tb = balances.trialBalance(group, demo().options.today);
        INFO(group.toStdString());
        CHECK(tb.balanced());
        CHECK(tb.totalDebit.isPositive());
        const CashBook cash =
            balances.cashBook(group, demo().options.booksFrom, demo().options.today);
        CHECK_FALSE(cash.closing.isNegative());
    }
}

TEST_CASE("demo loans use all four interest methods, some paid out in kind, some refused") {
    for (const char* method : {"flat", "equal-principal", "annuity", "maturity"}) {
        INFO(method);
        CHECK(count(QStringLiteral("SELECT count(*) FROM loans WHERE method = '%1'")
                        .arg(QLatin1String(method))) >= 5);
    }
    CHECK(count(QStringLiteral("SELECT count(*) FROM loans WHERE disbursement_kind = 'in_kind'")) >
          0);
    CHECK(count(QStringLiteral("SELECT count(*) FROM loans WHERE status = 'settled'")) > 0);
    CHECK(count(QStringLiteral("SELECT count(*) FROM loans WHERE status = 'active'")) > 0);
    CHECK(count(QStringLiteral("SELECT count(*) FROM loans WHERE status = 'rejected'")) > 0);
    CHECK(count(QStringLiteral("SELECT count(*) FROM loan_guarantors")) > 0);
}

TEST_CASE("some demo loans are in arrears on the demo's today") {
    RepaymentService repayments(*demo().db);
    int overdue = 0;
    for (const QString& loan :
         column(QStringLiteral("SELECT id FROM loans WHERE status = 'active' ORDER BY id"))) {
        if (repayments.standing(loan, demo().options.today).daysOverdue() > 0)
            ++overdue;
    }
    CHECK(overdue > 0);
    // Late instalments and missed sajja months were fined, and the fines paid.
    CHECK(count(QStringLiteral("SELECT count(*) FROM receipt_lines WHERE kind = 'fine' "
                               "AND loan_id IS NULL")) > 0);
    CHECK(count(QStringLiteral("SELECT count(*) FROM receipt_lines WHERE kind = 'fine' "
                               "AND loan_id IS NOT NULL")) > 0);
}

TEST_CASE("demo receipts are numbered 1, 2, 3 … within each group and year") {
    CHECK(count(QStringLiteral(
              "SELECT count(*) FROM (SELECT organisation_id, receipt_year FROM receipts "
              "GROUP BY organisation_id, receipt_year "
              "HAVING min(receipt_no) <> 1 OR max(receipt_no) <> count(*))")) == 0);
    CHECK(count(QStringLiteral("SELECT count(*) FROM receipt_lines WHERE kind = 'entrance_fee'")) >
          0);
}

TEST_CASE(
    "each demo member's savings balance is their sajja receipts plus allocations to savings") {
    Database& db = *demo().db;
    QSqlQuery q = sql::run(
        db.connection(),
        QStringLiteral("SELECT m.id, a.id, (SELECT coalesce(sum(rl.amount), 0) FROM receipts r "
                       "JOIN receipt_lines rl ON rl.receipt_id = r.id "
                       "WHERE r.membership_id = m.id AND rl.kind = 'sajja') "
                       "+ (SELECT coalesce(sum(am.total), 0) FROM allocation_run_members am "
                       "WHERE am.membership_id = m.id AND am.payout = 'savings') "
                       "FROM memberships m JOIN organisations o ON o.id = m.organisation_id "
                       "JOIN accounts a ON a.organisation_id = o.id AND a.role = 'member_savings' "
                       "WHERE o.kind = 'savings_group'"));
    Balances balances(db);
    int members = 0;
    int saving = 0;
    while (q.next()) {
        const Money sajja = Money::fromSatang(q.value(2).toLongLong());
        const Money balance = balances.memberBalance(q.value(1).toString(), q.value(0).toString(),
                                                     demo().options.today);
        REQUIRE(balance == sajja);
        ++members;
        saving += sajja.isPositive() ? 1 : 0;
    }
    CHECK(members > 30 * 40);
    CHECK(saving > members * 9 / 10);
}

TEST_CASE("every demo savings group closed 2025 with a posted allocation that reconciles") {
    YearEndService yearEnd(*demo().db);
    for (const QString& group : savingsGroups()) {
        INFO(group.toStdString());
        const std::optional<AllocationRun> run = yearEnd.ofYear(group, 2025);
        REQUIRE(run.has_value());
        CHECK(run->isPosted());
        CHECK(run->approvedOn == QDate(2026, 1, 5));
        CHECK(run->netProfit.isPositive());
        CHECK(run->result().reconciles());
        Money members;
        for (const AllocationRunMember& m : run->members) members += m.total;
        CHECK(members.isPositive());
        // 2025's income and expenses were closed: the trial balance on the
        // approval day holds no current profit left to divide.
        CHECK(Balances(*demo().db)
                  .accountBalance(
                      ChartOfAccounts(*demo().db).require(group, AccountRole::CurrentProfit).id,
                      QDate(2026, 1, 5))
                  .isZero());
    }
}

// The village funds of the same demo district (books from January 2024).
TEST_CASE("every demo village fund lends from its pools in a round a year") {
    const SharedDemo& d = demo();
    const QStringList funds =
        column(QStringLiteral("SELECT id FROM organisations WHERE kind = 'village_fund'"));
    REQUIRE(funds.size() == 30);
    CHECK(d.summary.fundRounds >= 30 * 3);
    CHECK(d.summary.fundLoans > 30 * 3 * 10);
    for (const QString& fund : funds) {
        CAPTURE(fund);
        CHECK(
            count(QStringLiteral("SELECT count(*) FROM capital_pools WHERE organisation_id = '%1' "
                                 "AND kind IN ('government', 'own')")
                      .arg(fund)) == 2);
        CHECK(column(QStringLiteral("SELECT DISTINCT round_year FROM loan_rounds r JOIN "
                                    "capital_pools p ON p.id = r.pool_id WHERE p.kind = "
                                    "'government' AND r.organisation_id = '%1' ORDER BY 1")
                         .arg(fund)) ==
              QStringList{QStringLiteral("2024"), QStringLiteral("2025"), QStringLiteral("2026")});
        CHECK(Balances(*d.db).trialBalance(fund, d.options.today).balanced());
    }
    CHECK(count(QStringLiteral("SELECT count(*) FROM loan_rounds WHERE closed_on IS NULL")) == 0);
    CHECK(count(QStringLiteral("SELECT count(*) FROM loans WHERE replaces_kind = 'renewal'")) > 30);
    CHECK(count(QStringLiteral("SELECT count(*) FROM loans WHERE replaces_kind = 'restructure'")) >
          5);
    CHECK(count(QStringLiteral("SELECT count(*) FROM capital_pools WHERE kind = 'outside_loan'")) >
          0);
}

TEST_CASE("no demo pool ever pays out more than its bank account holds") {
    // The running balance of every pool's bank account, day by day.
    CHECK(count(QStringLiteral(
              "SELECT count(*) FROM (SELECT sum(jl.debit - jl.credit) OVER (PARTITION BY "
              "jl.account_id ORDER BY e.entry_date, e.entry_no, jl.line_no) AS running FROM "
              "journal_lines jl JOIN journal_entries e ON e.id = jl.entry_id JOIN capital_pools p "
              "ON p.bank_account_id = jl.account_id) WHERE running < 0")) == 0);
}

TEST_CASE("demo funds are allocated, reconciled and graded each complete year") {
    const SharedDemo& d = demo();
    for (int year : {2024, 2025}) {
        CAPTURE(year);
        CHECK(count(QStringLiteral("SELECT count(*) FROM allocation_runs a JOIN organisations o ON "
                                   "o.id = a.organisation_id WHERE o.kind = 'village_fund' AND "
                                   "a.year = %1 AND a.status = 'posted' AND a.approved_on = "
                                   "'%2-02-20' AND a.policy LIKE '%\"dividend_on\":\"shares\"%'")
                        .arg(year)
                        .arg(year + 1)) == 30);
        CHECK(count(QStringLiteral("SELECT count(*) FROM fund_grades WHERE year = %1").arg(year)) ==
              30);
    }
    // Some funds collect well and some do not: the grades spread.
    CHECK(count(QStringLiteral("SELECT count(DISTINCT grade) FROM fund_grades")) >= 3);
    CHECK(d.summary.fundStatements >= 30 * 5);
    CHECK(count(QStringLiteral("SELECT count(*) FROM bank_statements s WHERE s.balance <> (SELECT "
                               "sum(jl.debit - jl.credit) FROM journal_lines jl JOIN "
                               "journal_entries e ON e.id = jl.entry_id JOIN capital_pools p ON "
                               "p.bank_account_id = jl.account_id WHERE p.id = s.pool_id AND "
                               "e.entry_date <= s.statement_date)")) == 0);
}

// Registers as of a day read only the contracts running that day, chosen in
// SQL (LoanRepository::runningLoanIdsSql); they must be exactly those
// runningOn() says, on the days that decide it: the day before and the day of
// every disbursement and settlement (renewals and restructurings settle the
// old contract on the new one's day), and every quarter end.
TEST_CASE("the contracts read as running on a day are exactly those runningOn() says") {
    int checkedDays = 0;
    const QStringList organisations = column(QStringLiteral(
        "SELECT id FROM organisations WHERE kind IN ('savings_group', 'village_fund')"));
    for (const QString& organisation : organisations) {
        LoanRepository loans(*demo().db);
        const QList<Loan> all = loans.list(organisation);
        QSet<QDate> days;
        for (int year = 2024; year <= 2026; ++year)
            for (int month : {3, 6, 9, 12})
                days.insert(QDate(year, month, 1).addMonths(1).addDays(-1));
        for (const Loan& loan : all)
            for (const QDate& day : {loan.disbursedOn, loan.settledOn})
                if (day.isValid() && days.size() < 80) {
                    days.insert(day);
                    days.insert(day.addDays(-1));
                }
        for (const QDate& day : days) {
            QSet<QString> expected;
            for (const Loan& loan : all)
                if (runningOn(loan, day))
                    expected.insert(loan.id);
            const QHash<QString, std::vector<Instalment>> read =
                loans.schedulesRunningOn(organisation, day);
            const QSet<QString> got(read.keyBegin(), read.keyEnd());
            INFO(organisation.toStdString() << " " << day.toString(Qt::ISODate).toStdString());
            REQUIRE(got == expected);
            ++checkedDays;
        }
    }
    CHECK(checkedDays > 1000);
}
