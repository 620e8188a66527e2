#include "support/CatchQt.h"

#include "domain/MembershipRepository.h"
#include "domain/OrganisationRepository.h"
#include "domain/PersonRepository.h"
#include "domain/PlaceRepository.h"
#include "domain/ReferenceData.h"
#include "ledger/ChartOfAccounts.h"
#include "ledger/Journal.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/Sql.h"
#include "support/TempDir.h"

#include <QFile>

using namespace thanrak;

namespace {
QVariant one(Database& db, const char* statement) {
    return sql::scalar(db.connection(), QString::fromUtf8(statement));
}

// A version-3 file as a treasurer would have it: a group, a member, a chart
// and one posted entry.
void fillVersion3(Database& db) {
    installReferenceData(db);
    PlaceRepository places(db);
    places.addSubdistrict({QStringLiteral("350201"), QStringLiteral("3502"),
                           QStringLiteral("ทรายมูล"), QStringLiteral("Sai Mun"),
                           QStringLiteral("35170")});
    places.addVillage(
        {QStringLiteral("35020101"), QStringLiteral("350201"), 1, QStringLiteral("บ้านหนองบัว")});
    Organisation group{{},
                       OrganisationKind::SavingsGroup,
                       QStringLiteral("SG1"),
                       QStringLiteral("กลุ่มออมทรัพย์"),
                       QStringLiteral("35020101"),
                       {},
                       {},
                       {},
                       {},
                       {},
                       {}};
    OrganisationRepository(db).save(group);
    Person person;
    person.title = QStringLiteral("นาง");
    person.firstName = QStringLiteral("สมศรี");
    person.lastName = QStringLiteral("ใจดี");
    PersonRepository(db).save(person);
    Membership member{{}, group.id, person.id, QStringLiteral("1"), QDate(2025, 1, 5), {}, {}, {}};
    MembershipRepository(db).save(member);
    ChartOfAccounts chart(db);
    chart.installDefault(group.id);
    Journal(db).post(
        {group.id,
         QDate(2025, 2, 5),
         QStringLiteral("เงินสัจจะ"),
         QStringLiteral("manual"),
         {},
         {{chart.require(group.id, AccountRole::Cash).id, Money::fromBaht(200), {}, {}, {}, {}},
          {chart.require(group.id, AccountRole::MemberSavings).id,
           {},
           Money::fromBaht(200),
           member.id,
           {},
           {}}}});
}
}  // namespace

TEST_CASE("a version 3 file with data is upgraded to version 4 and keeps everything") {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("v3.thanrak"));
    {
        auto v3 = Database::create(path, 3);
        REQUIRE(v3->schemaVersion() == 3);
        fillVersion3(*v3);
        CHECK_FALSE(one(*v3, "SELECT 1 FROM sqlite_master WHERE name = 'loans'").isValid());
    }
    auto db = Database::open(path);
    CHECK(db->schemaVersion() == latestSchemaVersion());
    CHECK(QFile::exists(db->backupPath()));
    CHECK(one(*db, "SELECT first_name FROM people").toString() == QStringLiteral("สมศรี"));
    CHECK(one(*db, "SELECT spouse_person_id IS NULL FROM people").toInt() == 1);
    CHECK(one(*db, "SELECT count(*) FROM memberships").toInt() == 1);
    CHECK(one(*db, "SELECT sum(credit) FROM journal_lines").toLongLong() == 20000);
    for (const char* table : {"group_rules", "group_rule_heads", "loan_products", "member_pledges",
                              "beneficiaries", "loans", "loan_instalments", "loan_guarantors",
                              "receipts", "receipt_lines", "meetings"}) {
        INFO(table);
        CHECK(
            sql::scalar(db->connection(),
                        QStringLiteral(
                            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"),
                        {QString::fromUtf8(table)})
                .toInt() == 1);
    }
    CHECK(one(*db, "SELECT description FROM schema_log WHERE version = 4")
              .toString()
              .contains(QStringLiteral("savings")));
    const IntegrityReport report = db->check();
    CHECK(report.problems == QStringList());
}

TEST_CASE("the new tables refuse rows that break their rules") {
    test::TempDir dir;
    auto db = Database::create(dir.path(QStringLiteral("checks.thanrak")));
    // Foreign keys off, so only the CHECK constraints can refuse these rows.
    sql::run(db->connection(), QStringLiteral("PRAGMA foreign_keys = OFF"));
    auto refused = [&](const char* statement) {
        try {
            sql::run(db->connection(), QString::fromUtf8(statement));
        } catch (const Error&) {
            return true;
        }
        return false;
    };
    // Dates must be ISO dates, months must look like months, rates exact text.
    CHECK_FALSE(
        refused("INSERT INTO meetings VALUES ('ok', 'o', '2026-02-05', '2026-02', 't', 't', 't')"));
    CHECK(
        refused("INSERT INTO meetings VALUES ('m', 'o', '2026-02-30', '2026-02', 't', 't', 't')"));
    CHECK(
        refused("INSERT INTO meetings VALUES ('m', 'o', '2026-02-05', '2026-03', 't', 't', 't')"));
    CHECK(refused(
        "INSERT INTO loan_products (id, organisation_id, name, savings_multiple, absolute_cap, "
        "max_months, rate_percent, rate_period, method, guarantor_threshold, guarantors_required, "
        "max_guarantees_per_member, max_exposure_per_guarantor, created_at, updated_at) VALUES "
        "('p', 'o', 'x', '2', 100, 12, '1e-2', 'month', 'flat', 0, 0, 1, 0, 't', 't')"));
    // An active loan must carry its whole contract.
    CHECK(refused(
        "INSERT INTO loans (id, organisation_id, membership_id, product_id, rules_id, status, "
        "applied_on, requested_amount, requested_months, approved_on, approved_amount, "
        "created_at, updated_at) VALUES ('l', 'o', 'm', 'p', 'r', 'active', '2026-01-05', "
        "100, 1, '2026-01-05', 100, 't', 't')"));
    CHECK(
        refused("INSERT INTO receipt_lines (id, receipt_id, line_no, kind, amount) VALUES "
                "('x', 'r', 1, 'sajja', 100)"));  // sajja must say which month it is for
}
