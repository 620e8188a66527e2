#include "FundTimings.h"

#include "Timings.h"

#include "demo/DemoDistrict.h"
#include "domain/ReferenceData.h"
#include "fund/BankReconciliation.h"
#include "fund/FundOverview.h"
#include "fund/LoanRoundService.h"
#include "fund/PoolRepository.h"
#include "fund/PoolService.h"
#include "savings/LoanRegister.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

namespace thanrak::bench {

namespace {
// The fund with the most loans: the slowest screens.
QString busiestFund(Database& db) {
    return sql::scalar(db.connection(),
                       QStringLiteral("SELECT organisation_id FROM loans WHERE pool_id IS NOT NULL "
                                      "GROUP BY organisation_id ORDER BY count(*) DESC LIMIT 1"))
        .toString();
}

void printCounts(Database& db) {
    for (const char* table : {"organisations", "memberships", "capital_pools", "loan_rounds",
                              "loans", "receipts", "journal_lines", "bank_statements"})
        std::printf("  %-18s %12lld rows\n", table,
                    sql::scalar(db.connection(),
                                QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
                        .toLongLong());
}
}  // namespace

int runFundBench(const BenchOptions& o) {
    QTemporaryDir temp;
    const QString path = o.out.isEmpty() ? temp.filePath(QStringLiteral("funds.thanrak")) : o.out;
    QFile::remove(path);
    std::unique_ptr<Database> db = Database::create(path);
    installReferenceData(*db);
    DemoOptions demo;
    demo.villages = o.fundVillages;
    demo.booksFrom = QDate(2026, 11, 1);  // savings groups: one month; funds: 2025 and 2026
    QElapsedTimer timer;
    timer.start();
    const DemoSummary summary = createDemoDistrict(*db, demo);
    std::printf("thanrak-bench --funds: %d villages, %d funds' rounds, %d loans, generation %.1f s\n",
                summary.villages, summary.fundRounds, summary.fundLoans,
                static_cast<double>(timer.elapsed()) / 1000);
    printCounts(*db);
    const QDate today = demo.today;
    const QString fund = busiestFund(*db);
    std::printf("(1) district office\n");
    report(QStringLiteral("overview of every fund"), medianMs(o.runs, [&](int) {
               fundOverview(*db, today);
           }), o.runs);
    const QString tambon =
        sql::scalar(db->connection(), QStringLiteral("SELECT code FROM subdistricts LIMIT 1"))
            .toString();
    report(QStringLiteral("overview of one tambon"), medianMs(o.runs, [&](int) {
               fundOverview(*db, today, tambon);
           }), o.runs);
    std::printf("(2) the busiest fund\n");
    report(QStringLiteral("pool balances"), medianMs(o.runs, [&](int) {
               PoolService(*db).balances(fund, today);
           }), o.runs);
    LoanRoundService rounds(*db);
    const QString round = rounds.rounds(fund).front().id;
    report(QStringLiteral("round approval list"), medianMs(o.runs, [&](int) {
               rounds.sheet(round, today);
           }), o.runs);
    report(QStringLiteral("loan register with arrears"), medianMs(o.runs, [&](int) {
               loanRegister(*db, fund, today);
           }), o.runs);
    const QString pool = PoolRepository(*db).list(fund).front().id;
    report(QStringLiteral("bank reconciliation of บัญชี 1"), medianMs(o.runs, [&](int) {
               BankReconciliation(*db).prepare(pool, today, Money());
           }), o.runs);
    db.reset();
    std::printf("file: %.1f MB\n", static_cast<double>(QFileInfo(path).size()) / 1e6);
    if (!o.out.isEmpty() && !o.keep)
        QFile::remove(path);
    return 0;
}

}  // namespace thanrak::bench
