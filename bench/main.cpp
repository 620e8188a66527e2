// thanrak-bench: builds a district-scale file and times what a treasurer waits
// for. Prints figures only; it asserts nothing and is not part of ctest.
#include "BenchOptions.h"
#include "DistrictSetup.h"
#include "FundTimings.h"
#include "GroupHistory.h"
#include "HistoryWriter.h"
#include "OtopTimings.h"
#include "ReportTimings.h"
#include "Timings.h"

#include "domain/ReferenceData.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QGuiApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace thanrak;
using namespace thanrak::bench;

namespace {
// Groups of about `membersPerOrg` (70–130 %), the first one the big group.
int membersOf(const BenchOptions& o, int index, std::mt19937& rng) {
    if (index == 0)
        return o.bigGroupMembers;
    return o.membersPerOrg * std::uniform_int_distribution<int>(70, 130)(rng) / 100;
}

QString build(Database& db, const BenchOptions& o, const QDate& firstMonth,
              const QDate& lastMonth) {
    QElapsedTimer timer;
    timer.start();
    installReferenceData(db);
    // History is written a group at a time; a page cache that holds the
    // indexes being filled keeps SQLite from reading its own pages back.
    sql::run(db.connection(), QStringLiteral("PRAGMA cache_size = -524288"));
    QList<BenchGroup> groups;
    {
        Transaction transaction(db.connection());
        groups = setUpDistrict(db, o.orgs, firstMonth);
        transaction.commit();
    }
    HistoryWriter writer(db);
    for (int i = 0; i < groups.size(); ++i) {
        Transaction transaction(db.connection());  // one group at a time keeps the WAL small
        std::mt19937 rng(o.seed + static_cast<quint32>(i));
        writeGroupHistory(writer, rng, groups.at(i), membersOf(o, i, rng), firstMonth, lastMonth);
        transaction.commit();
        if ((i + 1) % 25 == 0 || i + 1 == groups.size())
            std::fprintf(stderr, "  %d/%lld groups written, %.1f s\n", i + 1,
                         static_cast<long long>(groups.size()),
                         static_cast<double>(timer.elapsed()) / 1000);
    }
    std::printf("generation: %.1f s\n", static_cast<double>(timer.elapsed()) / 1000);
    return groups.front().organisationId;
}

void printSize(Database& db, const QString& path) {
    QSqlDatabase& c = db.connection();
    sql::run(c, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    std::printf("file: %s, %.1f MB\n", path.toUtf8().constData(),
                static_cast<double>(QFileInfo(path).size()) / 1e6);
    for (const char* table :
         {"organisations", "people", "memberships", "meetings", "receipts", "receipt_lines",
          "journal_entries", "journal_lines", "loans", "loan_instalments", "loan_guarantors"})
        std::printf(
            "  %-18s %12lld rows\n", table,
            sql::scalar(c, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
                .toLongLong());
}
}  // namespace

int main(int argc, char** argv) {
    // Reports lay out Thai text with the system's fonts: a GUI application,
    // offscreen when there is no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const std::optional<BenchOptions> options = parseBenchOptions(app.arguments());
    if (!options)
        return 2;
    const BenchOptions& o = *options;
    if (o.fundVillages > 0)
        return runFundBench(o);
    if (o.otopProducts > 0)
        return runOtopBench(o);
    QTemporaryDir temp;
    const QString path = o.out.isEmpty() ? temp.filePath(QStringLiteral("bench.thanrak")) : o.out;
    QFile::remove(path);
    const QDate timedFirst = o.lastMonth.addMonths(1 - o.runs);
    const QDate historyFirst = timedFirst.addYears(-o.years);
    std::printf("thanrak-bench: %d groups, ~%d members each (big group %d), %d years %s – %s\n",
                o.orgs, o.membersPerOrg, o.bigGroupMembers, o.years,
                qPrintable(historyFirst.toString(Qt::ISODate)),
                qPrintable(timedFirst.addDays(-1).toString(Qt::ISODate)));
    std::unique_ptr<Database> db = Database::create(path);
    const QString big = build(*db, o, historyFirst, timedFirst.addMonths(-1));
    printSize(*db, path);
    if (o.generateOnly)
        return 0;
    timeMeetings(*db, big, timedFirst, o.runs);
    const QDate asOf(o.lastMonth.year(), o.lastMonth.month(), o.lastMonth.daysInMonth());
    timeMemberCards(*db, big, asOf, o.runs);
    timeBooks(*db, big, asOf, o.runs);
    timeReports(*db, big, asOf, o.runs);
    db.reset();
    if (!o.out.isEmpty() && !o.keep)
        QFile::remove(path);
    return 0;
}
