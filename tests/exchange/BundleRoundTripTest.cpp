#include "exchange/BundleTestSupport.h"

#include "exchange/BundleExport.h"
#include "exchange/BundleImport.h"
#include "base/Ids.h"
#include "storage/Sql.h"
#include "support/CatchQt.h"
#include "support/FundFixture.h"
#include "support/TempDir.h"
#include "support/YearEndStory.h"

#include <QFileInfo>

using namespace thanrak;
using namespace thanrak::test;

namespace {
qint64 scalar(Database& database, const QString& statement, std::initializer_list<QVariant> bindings = {}) {
    return sql::scalar(database.connection(), statement, bindings).toLongLong();
}

}  // namespace

TEST_CASE("A group's year exported and imported into an empty file gives exactly the same rows") {
    YearStory village;
    const Person withId = village.addPerson(QStringLiteral("สมศรี"), QStringLiteral("มีสุข"), validId(7),
                                            QStringLiteral("35020101"));
    village.addMember(village.group, withId, QStringLiteral("4"), QDate(2026, 2, 1));
    // A logo travels as base64; an empty text stays an empty text, not "no value".
    sql::run(village.db().connection(),
             QStringLiteral("INSERT INTO report_settings (organisation_id, logo, preparer_name, updated_at) "
                            "VALUES (?, ?, '', ?)"),
             {village.group.id, QByteArray("\x89PNG\r\n\x1a\n\0\x01", 10), nowUtc()});
    TempDir dir;
    const QString bundle = dir.path(QStringLiteral("village.zip"));
    const ExportSummary exported = exportBundle(village.db(), {}, bundle);
    CHECK(exported.organisations == 1);
    CHECK(rowsIn(exported, "memberships") == 4);
    CHECK(rowsIn(exported, "journal_entries") == scalar(village.db(), QStringLiteral("SELECT count(*) FROM journal_entries")));
    CHECK(QFileInfo(bundle).size() == exported.zipBytes);

    std::unique_ptr<Database> district = emptyFile(dir.path(QStringLiteral("district.thanrak")));
    const ImportSummary imported = importBundle(*district, bundle);
    CHECK(imported.totals().conflicts == 0);
    // Province and district rows ship with every file; the district's own
    // copies are the newer, so they stay (same data, later times).
    CHECK(imported.totals().added + imported.totals().unchanged + imported.totals().keptLocal ==
          exported.totalRows);
    CHECK(differences(*district, village.db().path()) .isEmpty());

    // C's savings, worked in YearEndStory.h: 6,000.00 brought forward + 12 × 300.00.
    CHECK(scalar(*district,
                 QStringLiteral("SELECT sum(l.credit - l.debit) FROM journal_lines l JOIN accounts a ON a.id = "
                                "l.account_id WHERE a.role = 'member_savings' AND l.membership_id = ?"),
                 {village.c}) == 960000);
    // The data of this organisation arrived with this bundle.
    CHECK(sql::scalar(district->connection(), QStringLiteral("SELECT bundle_id FROM organisation_arrivals "
                                                              "WHERE organisation_id = ?"),
                      {village.group.id})
              .toString() == exported.bundleId);
}

TEST_CASE("Exporting chosen organisations takes only their people, places and books") {
    SavingsFixture village;
    village.join(QStringLiteral("ก้อย"), 2, QDate(2026, 1, 5));
    const Organisation other = village.addOrganisation(QStringLiteral("SG-OTHER"), QStringLiteral("35020102"));
    village.addMember(other, village.addPerson(QStringLiteral("ข้าม"), QStringLiteral("ไม่ส่ง")),
                      QStringLiteral("1"));
    TempDir dir;
    const QString bundle = dir.path(QStringLiteral("one.zip"));
    const ExportSummary exported = exportBundle(village.db(), {{village.group.id}}, bundle);
    CHECK(exported.organisations == 1);
    CHECK(rowsIn(exported, "organisations") == 1);
    CHECK(rowsIn(exported, "people") == 1);
    CHECK(rowsIn(exported, "villages") == 1);

    std::unique_ptr<Database> district = emptyFile(dir.path(QStringLiteral("d.thanrak")));
    importBundle(*district, bundle);
    CHECK(scalar(*district, QStringLiteral("SELECT count(*) FROM organisations WHERE code = 'SG-OTHER'")) == 0);
    CHECK(scalar(*district, QStringLiteral("SELECT count(*) FROM people WHERE first_name = 'ข้าม'")) == 0);
    CHECK(organisationsInPlace(village.db(), QStringLiteral("35020102")) == QStringList{other.id});
    CHECK(organisationsInPlace(village.db(), QStringLiteral("350201")).size() == 2);
}

TEST_CASE("A village fund's pools, round and loans travel too") {
    FundFixture fund;
    const QString member = fund.join(QStringLiteral("ประเสริฐ"));
    const LoanRound round = fund.openRound();
    fund.lendInRound(round, member, Money::fromBaht(20000), QDate(2025, 2, 5));
    TempDir dir;
    const QString bundle = dir.path(QStringLiteral("fund.zip"));
    exportBundle(fund.db(), {}, bundle);
    std::unique_ptr<Database> district = emptyFile(dir.path(QStringLiteral("d.thanrak")));
    importBundle(*district, bundle);
    CHECK(differences(*district, fund.db().path()) .isEmpty());
    // บัญชี 1: 1,000,000.00 received − 20,000.00 lent.
    CHECK(scalar(*district, QStringLiteral("SELECT sum(l.debit - l.credit) FROM journal_lines l JOIN capital_pools p "
                                           "ON p.bank_account_id = l.account_id")) == 98000000);
}

TEST_CASE("Importing the same bundle again changes nothing; a dry run writes nothing") {
    YearStory village;
    TempDir dir;
    const QString bundle = dir.path(QStringLiteral("v.zip"));
    exportBundle(village.db(), {}, bundle);
    std::unique_ptr<Database> district = emptyFile(dir.path(QStringLiteral("d.thanrak")));

    const QByteArray empty = fingerprint(*district);
    const ImportSummary dry = importBundle(*district, bundle, {true});
    CHECK(dry.dryRun);
    CHECK(fingerprint(*district) == empty);

    const ImportSummary first = importBundle(*district, bundle);
    CHECK(first.totals().added == dry.totals().added);
    CHECK(first.totals().added > 100);
    CHECK(first.alreadyImportedAt.isEmpty());
    const QByteArray after = fingerprint(*district);
    CHECK(after != empty);

    const ImportSummary again = importBundle(*district, bundle);
    CHECK(again.totals().changes() == 0);
    CHECK(again.totals().conflicts == 0);
    CHECK(again.totals().unchanged + again.totals().keptLocal == again.totals().incoming);
    CHECK_FALSE(again.alreadyImportedAt.isEmpty());
    CHECK(fingerprint(*district) == after);
}

TEST_CASE("Cancelling an import or an export leaves nothing behind") {
    YearStory village;
    TempDir dir;
    const QString bundle = dir.path(QStringLiteral("v.zip"));
    const ExchangeError stopped = exchangeError([&] {
        exportBundle(village.db(), {}, bundle, [](const QString&, qint64 done, qint64) { return done < 5; });
    });
    CHECK(stopped.code() == QStringLiteral("exchange.cancelled"));
    CHECK_FALSE(QFileInfo::exists(bundle));
    CHECK_FALSE(QFileInfo::exists(bundle + QStringLiteral(".part")));

    exportBundle(village.db(), {}, bundle);
    std::unique_ptr<Database> district = emptyFile(dir.path(QStringLiteral("d.thanrak")));
    const QByteArray before = fingerprint(*district);
    // Stop while writing, after some tables were written inside the transaction.
    const ExchangeError cancelled = exchangeError([&] {
        importBundle(*district, bundle, {}, [](const QString& step, qint64 done, qint64) {
            return !(step.startsWith(QStringLiteral("กำลังบันทึก")) && done > 20);
        });
    });
    CHECK(cancelled.code() == QStringLiteral("exchange.cancelled"));
    CHECK(fingerprint(*district) == before);
    CHECK(importBundle(*district, bundle).totals().added > 0);
}
