#include "exchange/BundleTestSupport.h"

#include "base/Ids.h"
#include "exchange/BundleExport.h"
#include "exchange/BundleImport.h"
#include "exchange/ExchangeRecords.h"
#include "storage/Sql.h"
#include "support/CatchQt.h"
#include "support/SavingsFixture.h"
#include "support/TempDir.h"

#include <QThread>

using namespace thanrak;
using namespace thanrak::test;

namespace {

QString later() {
    QThread::msleep(3);
    return nowUtc();
}

// A village PC and the district office that has imported its bundle once.
struct Exchange {
    SavingsFixture village;
    TempDir dir;
    std::unique_ptr<Database> district;
    Person ploy, mana, chai;
    QString beneficiary;

    Exchange() {
        ploy = village.addPerson(QStringLiteral("พลอย"), QStringLiteral("ใจดี"), validId(1));
        mana = village.addPerson(QStringLiteral("มานะ"), QStringLiteral("อดทน"), validId(2));
        chai = village.addPerson(QStringLiteral("ชัย"), QStringLiteral("ชนะ"), validId(3));
        const QString member = village.addMember(village.group, ploy, QStringLiteral("1"));
        village.addMember(village.group, mana, QStringLiteral("2"));
        village.addMember(village.group, chai, QStringLiteral("3"));
        beneficiary = newUuid();
        sql::run(village.db().connection(),
                 QStringLiteral("INSERT INTO beneficiaries (id, membership_id, position, name, relation, percent, "
                                "created_at, updated_at) VALUES (?, ?, 1, 'ด.ญ. ฝน ใจดี', 'บุตร', '100', ?, ?)"),
                 {beneficiary, member, nowUtc(), nowUtc()});
        district = emptyFile(dir.path(QStringLiteral("district.thanrak")));
        importBundle(*district, send());
    }

    QString send() {
        static int n = 0;
        const QString path = dir.path(QStringLiteral("bundle-%1.zip").arg(++n));
        exportBundle(village.db(), {}, path);
        return path;
    }

    // An edit stamped a little later than anything before it, as a person
    // typing it would be.
    static void edit(Database& db, const Person& person, const char* phone) {
        sql::run(db.connection(), QStringLiteral("UPDATE people SET phone = ?, updated_at = ? WHERE id = ?"),
                 {QString::fromUtf8(phone), later(), person.id});
    }

    QString phone(Database& db, const Person& person) {
        return sql::scalar(db.connection(), QStringLiteral("SELECT phone FROM people WHERE id = ?"), {person.id})
            .toString();
    }
};

}  // namespace

TEST_CASE("The newer edit of a record wins by its update time") {
    Exchange x;
    Exchange::edit(x.village.db(), x.ploy, "0811111111");  // changed at the village
    Exchange::edit(*x.district, x.mana, "0822222222");      // changed at the district
    const ImportSummary summary = importBundle(*x.district, x.send());
    CHECK(counts(summary, "people").updated == 1);
    CHECK(counts(summary, "people").keptLocal == 1);
    CHECK(counts(summary, "people").conflicts == 0);
    CHECK(x.phone(*x.district, x.ploy) == QStringLiteral("0811111111"));
    CHECK(x.phone(*x.district, x.mana) == QStringLiteral("0822222222"));
}

TEST_CASE("A record changed on both sides since the last exchange is kept here as a conflict") {
    Exchange x;
    Exchange::edit(x.village.db(), x.chai, "0800000001");
    Exchange::edit(*x.district, x.chai, "0800000002");
    const QString bundle = x.send();
    const ImportSummary summary = importBundle(*x.district, bundle);
    CHECK(counts(summary, "people").conflicts == 1);
    CHECK(x.phone(*x.district, x.chai) == QStringLiteral("0800000002"));
    QSqlQuery conflict = sql::run(x.district->connection(),
                                  QStringLiteral("SELECT table_name, row_key, local_row, incoming_row FROM "
                                                 "exchange_conflicts WHERE resolved_at IS NULL"));
    REQUIRE(conflict.next());
    CHECK(conflict.value(0).toString() == QStringLiteral("people"));
    CHECK(conflict.value(1).toString() == x.chai.id);
    CHECK(conflict.value(2).toString().contains(QStringLiteral("\"phone\":\"0800000002\"")));
    CHECK(conflict.value(3).toString().contains(QStringLiteral("\"phone\":\"0800000001\"")));
    CHECK_FALSE(conflict.next());

    // Importing it again keeps the one open conflict and changes nothing else.
    const QByteArray before = fingerprint(*x.district);
    CHECK(counts(importBundle(*x.district, bundle), "people").conflicts == 1);
    CHECK(fingerprint(*x.district) == before);
}

TEST_CASE("Deletions travel as tombstones, and a later edit here outlives an earlier deletion") {
    Exchange x;
    sql::run(x.village.db().connection(), QStringLiteral("DELETE FROM beneficiaries WHERE id = ?"), {x.beneficiary});
    const QString bundle = x.send();
    const ImportSummary summary = importBundle(*x.district, bundle);
    CHECK(counts(summary, "beneficiaries").deleted == 1);
    CHECK(sql::scalar(x.district->connection(), QStringLiteral("SELECT count(*) FROM beneficiaries")).toInt() == 0);
    CHECK(sql::scalar(x.district->connection(),
                      QStringLiteral("SELECT count(*) FROM tombstones WHERE table_name = 'beneficiaries'"))
              .toInt() == 1);
    const QByteArray before = fingerprint(*x.district);
    CHECK(importBundle(*x.district, bundle).totals().changes() == 0);
    CHECK(fingerprint(*x.district) == before);

    Exchange y;
    sql::run(y.village.db().connection(), QStringLiteral("DELETE FROM beneficiaries WHERE id = ?"), {y.beneficiary});
    sql::run(y.district->connection(),
             QStringLiteral("UPDATE beneficiaries SET relation = 'บุตรสาว', updated_at = ? WHERE id = ?"),
             {later(), y.beneficiary});
    const ImportSummary kept = importBundle(*y.district, y.send());
    CHECK(counts(kept, "beneficiaries").deleted == 0);
    CHECK(counts(kept, "beneficiaries").conflicts == 1);
    CHECK(sql::scalar(y.district->connection(), QStringLiteral("SELECT relation FROM beneficiaries")).toString() ==
          QStringLiteral("บุตรสาว"));
}

TEST_CASE("A posted ledger entry is never overwritten, only added") {
    Exchange x;
    x.village.join(QStringLiteral("ใหม่"), 2, QDate(2026, 3, 5));  // posts an entrance-fee entry
    const QString bundle = x.send();
    const QString entry = sql::scalar(x.village.db().connection(),
                                      QStringLiteral("SELECT id FROM journal_entries ORDER BY entry_no LIMIT 1"))
                              .toString();
    editBundle(bundle, QStringLiteral("journal_entries.csv"), [&](QByteArray csv) {
        QList<QByteArray> lines = csv.split('\n');
        for (QByteArray& line : lines)
            if (line.startsWith(entry.toUtf8()))
                line.replace("เงินสดยกมา", "เงินสดแก้ไขแล้ว");
        return lines.join('\n');
    });
    const QString before = sql::scalar(x.district->connection(),
                                       QStringLiteral("SELECT description FROM journal_entries WHERE id = ?"), {entry})
                               .toString();
    const ImportSummary summary = importBundle(*x.district, bundle);
    CHECK(counts(summary, "journal_entries").conflicts == 1);
    CHECK(counts(summary, "journal_entries").added >= 1);
    CHECK(sql::scalar(x.district->connection(), QStringLiteral("SELECT description FROM journal_entries WHERE id = ?"),
                      {entry})
              .toString() == before);
    const QList<ExchangeConflict> open = openConflicts(*x.district);
    REQUIRE(open.size() == 1);
    CHECK_FALSE(open.front().changeable);
    const ExchangeError refused =
        exchangeError([&] { resolveConflict(*x.district, open.front().id, ConflictChoice::TakeIncoming); });
    CHECK(refused.code() == QStringLiteral("conflict.posted"));
    resolveConflict(*x.district, open.front().id, ConflictChoice::KeepLocal);
    CHECK(openConflicts(*x.district).isEmpty());
}

TEST_CASE("A person registered in both files (same national ID) becomes one person") {
    SavingsFixture village;
    const Person ploy = village.addPerson(QStringLiteral("พลอย"), QStringLiteral("ใจดี"), validId(1));
    const QString membership = village.addMember(village.group, ploy, QStringLiteral("1"));
    TempDir dir;
    std::unique_ptr<Database> district = emptyFile(dir.path(QStringLiteral("d.thanrak")));
    const QString localId = newUuid();
    sql::run(district->connection(),
             QStringLiteral("INSERT INTO people (id, first_name, last_name, national_id, created_at, updated_at) "
                            "VALUES (?, 'พลอย', 'ใจดี', ?, ?, ?)"),
             {localId, validId(1), nowUtc(), nowUtc()});
    const QString bundle = dir.path(QStringLiteral("v.zip"));
    exportBundle(village.db(), {}, bundle);
    importBundle(*district, bundle);
    CHECK(sql::scalar(district->connection(), QStringLiteral("SELECT count(*) FROM people")).toInt() == 1);
    CHECK(sql::scalar(district->connection(), QStringLiteral("SELECT person_id FROM memberships WHERE id = ?"),
                      {membership})
              .toString() == localId);
}

TEST_CASE("The user decides a conflict: take the incoming record or keep this one") {
    Exchange x;
    Exchange::edit(x.village.db(), x.chai, "0800000001");
    Exchange::edit(*x.district, x.chai, "0800000002");
    Exchange::edit(x.village.db(), x.mana, "0811111111");
    Exchange::edit(*x.district, x.mana, "0822222222");
    const QString bundle = x.send();
    importBundle(*x.district, bundle);

    QList<ExchangeConflict> open = openConflicts(*x.district);
    REQUIRE(open.size() == 2);
    const auto find = [&](const Person& person) {
        for (const ExchangeConflict& conflict : open)
            if (conflict.rowKey == person.id)
                return conflict;
        FAIL("no conflict for the person");
        return open.front();
    };
    const ExchangeConflict chai = find(x.chai);
    CHECK(chai.tableTitle == QStringLiteral("บุคคล"));
    CHECK(chai.record == QStringLiteral("ชัย ชนะ"));
    CHECK(chai.changeable);
    REQUIRE(chai.differences.size() == 1);
    CHECK(chai.differences.front().column == QStringLiteral("phone"));
    CHECK(chai.differences.front().local == QStringLiteral("0800000002"));
    CHECK(chai.differences.front().incoming == QStringLiteral("0800000001"));

    resolveConflict(*x.district, chai.id, ConflictChoice::TakeIncoming);
    CHECK(x.phone(*x.district, x.chai) == QStringLiteral("0800000001"));
    resolveConflict(*x.district, find(x.mana).id, ConflictChoice::KeepLocal);
    CHECK(x.phone(*x.district, x.mana) == QStringLiteral("0822222222"));
    CHECK(openConflicts(*x.district).isEmpty());

    // The same bundle again brings no new conflict: both are decided.
    const ImportSummary again = importBundle(*x.district, bundle);
    CHECK(again.totals().conflicts == 0);
    CHECK(again.totals().changes() == 0);
    CHECK(x.phone(*x.district, x.mana) == QStringLiteral("0822222222"));
}

TEST_CASE("A change kept here as the newer version is not undone by the other office's next edit") {
    Exchange x;
    // The district corrects Ploy's phone; the village's next bundle still has
    // the old one, so the district keeps its own (newer) version.
    Exchange::edit(*x.district, x.ploy, "0899999999");
    CHECK(counts(importBundle(*x.district, x.send()), "people").keptLocal == 1);
    // The village, which never saw the correction, then edits Ploy: that edit
    // would undo the district's correction, so it is a conflict.
    Exchange::edit(x.village.db(), x.ploy, "0811111111");
    const ImportSummary summary = importBundle(*x.district, x.send());
    CHECK(counts(summary, "people").updated == 0);
    CHECK(counts(summary, "people").conflicts == 1);
    CHECK(x.phone(*x.district, x.ploy) == QStringLiteral("0899999999"));

    // A still newer edit at the village replaces the conflict's incoming
    // version, so deciding applies the latest.
    Exchange::edit(x.village.db(), x.ploy, "0822222222");
    importBundle(*x.district, x.send());
    const QList<ExchangeConflict> open = openConflicts(*x.district);
    REQUIRE(open.size() == 1);
    REQUIRE(open.front().differences.size() == 1);
    CHECK(open.front().differences.front().incoming == QStringLiteral("0822222222"));
    resolveConflict(*x.district, open.front().id, ConflictChoice::TakeIncoming);
    CHECK(x.phone(*x.district, x.ploy) == QStringLiteral("0822222222"));
}

TEST_CASE("A record deleted and made again under a new key (a grade assessed again) imports") {
    Exchange x;
    QSqlDatabase& village = x.village.db().connection();
    const QString scheme = newUuid();
    sql::run(village, QStringLiteral("INSERT INTO grading_schemes (id, key, name, definition, created_at) VALUES "
                                     "(?, 'test-scheme', 'เกณฑ์ทดสอบ', '{}', ?)"),
             {scheme, nowUtc()});
    const auto grade = [&](const char* letter) {
        const QString id = newUuid();
        sql::run(village,
                 QStringLiteral("INSERT INTO fund_grades (id, organisation_id, year, scheme_id, assessed_on, score, "
                                "grade, scores, created_at, updated_at) VALUES (?, ?, 2025, ?, '2026-02-20', '78', ?, "
                                "'{}', ?, ?)"),
                 {id, x.village.group.id, scheme, QString::fromLatin1(letter), nowUtc(), nowUtc()});
        return id;
    };
    const QString first = grade("B");
    importBundle(*x.district, x.send());
    sql::run(village, QStringLiteral("DELETE FROM fund_grades WHERE id = ?"), {first});
    const QString second = grade("A");
    const ImportSummary summary = importBundle(*x.district, x.send());
    CHECK(counts(summary, "fund_grades").deleted == 1);
    CHECK(counts(summary, "fund_grades").added == 1);
    CHECK(sql::scalar(x.district->connection(), QStringLiteral("SELECT id || grade FROM fund_grades")).toString() ==
          second + QStringLiteral("A"));
}

TEST_CASE("A deletion that would leave a record here pointing at nothing is refused, naming it") {
    Exchange x;
    const QString chaiMembership =
        sql::scalar(x.village.db().connection(), QStringLiteral("SELECT id FROM memberships WHERE person_id = ?"),
                    {x.chai.id})
            .toString();
    // The district records a beneficiary for ชัย; the village removes ชัย's
    // membership (entered by mistake, nothing on the books).
    sql::run(x.district->connection(),
             QStringLiteral("INSERT INTO beneficiaries (id, membership_id, position, name, percent, created_at, "
                            "updated_at) VALUES (?, ?, 1, 'นางชม ชนะ', '100', ?, ?)"),
             {newUuid(), chaiMembership, nowUtc(), nowUtc()});
    sql::run(x.village.db().connection(), QStringLiteral("DELETE FROM memberships WHERE id = ?"), {chaiMembership});
    const QString bundle = x.send();
    const QByteArray before = fingerprint(*x.district);
    for (const bool dryRun : {true, false}) {
        const ExchangeError error = exchangeError([&] { importBundle(*x.district, bundle, {dryRun}); });
        CHECK(error.code() == QStringLiteral("bundle.dangling"));
        CHECK(error.problems().front().where().file == QStringLiteral("beneficiaries.csv"));
        CHECK(error.message().contains(QStringLiteral("ผู้รับผลประโยชน์")));
        CHECK(fingerprint(*x.district) == before);
    }
}
