#include "support/CatchQt.h"

#include "LedgerFixture.h"
#include "ledger/ChartOfAccounts.h"
#include "ledger/LedgerError.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"

using namespace thanrak;
using R = AccountRole;

namespace {
void requireRefused(test::LedgerFixture& f, const JournalEntryDraft& draft, const char* code) {
    const int before = f.entryCount();
    try {
        Journal(f.db()).post(draft);
        FAIL("posted");
    } catch (const LedgerError& e) {
        CHECK(e.code() == QLatin1String(code));
        CHECK_FALSE(e.message().isEmpty());
    }
    CHECK(f.entryCount() == before);
}
}  // namespace

TEST_CASE("the default chart has one account for each role the program needs") {
    test::LedgerFixture f;
    const QList<Account> accounts = ChartOfAccounts(f.db()).accounts(f.group.id);
    CHECK(accounts.size() == savingsGroupChart().size());
    CHECK(ChartOfAccounts(f.db()).require(f.group.id, R::Cash).code == QStringLiteral("1101"));
    CHECK(ChartOfAccounts(f.db()).require(f.group.id, R::MemberSavings).perMember);
    CHECK(ChartOfAccounts(f.db()).installDefault(f.group.id) == 0);  // only once
}

TEST_CASE("a balanced entry is posted with numbered lines; entry numbers run per organisation") {
    test::LedgerFixture f;
    const PostedEntry opening = f.post(QDate(2026, 1, 5), QStringLiteral("ยอดยกมา"),
                                       {f.debit(R::Cash, f.baht(10000)),
                                        f.credit(R::MemberSavings, f.baht(6000), f.memberA),
                                        f.credit(R::MemberSavings, f.baht(4000), f.memberB)});
    CHECK(opening.entryNo == 1);
    const PostedEntry second = f.post(QDate(2026, 1, 5), QStringLiteral("จ่ายเงินกู้"),
                                      {f.debit(R::LoansReceivable, f.baht(5000), f.memberB),
                                       f.credit(R::Cash, f.baht(5000))});
    CHECK(second.entryNo == 2);
    const std::optional<PostedEntry> read = Journal(f.db()).find(opening.id);
    REQUIRE(read);
    REQUIRE(read->lines.size() == 3);
    CHECK(read->lines.at(1).credit == f.baht(6000));
    CHECK(read->lines.at(1).membershipId == f.memberA);

    const Organisation other = f.addOrganisation(QStringLiteral("VF1"), QStringLiteral("35020101"),
                                                 OrganisationKind::VillageFund);
    ChartOfAccounts(f.db()).installDefault(other.id);
    const Account cash = ChartOfAccounts(f.db()).require(other.id, R::Cash);
    const Account income = ChartOfAccounts(f.db()).require(other.id, R::OtherIncome);
    const PostedEntry first = Journal(f.db()).post(
        {other.id, QDate(2026, 1, 6), QStringLiteral("รายได้อื่น"), QStringLiteral("manual"), {},
         {{cash.id, f.baht(10), {}, {}, {}, {}}, {income.id, {}, f.baht(10), {}, {}, {}}}});
    CHECK(first.entryNo == 1);
}

TEST_CASE("entries that break a rule are refused and nothing is written") {
    test::LedgerFixture f;
    const QDate day(2026, 2, 5);
    SECTION("unbalanced") {
        requireRefused(f, {f.group.id, day, QStringLiteral("x"), QStringLiteral("manual"), {},
                           {f.debit(R::Cash, f.baht(100)), f.credit(R::OtherIncome, f.baht(99))}},
                       "ledger.unbalanced");
    }
    SECTION("a per-member account without the member") {
        requireRefused(f, {f.group.id, day, QStringLiteral("x"), QStringLiteral("manual"), {},
                           {f.debit(R::Cash, f.baht(100)), f.credit(R::MemberSavings, f.baht(100))}},
                       "ledger.member");
    }
    SECTION("a line with both sides, or zero") {
        JournalLine both = f.debit(R::Cash, f.baht(100));
        both.credit = f.baht(100);
        requireRefused(f, {f.group.id, day, QStringLiteral("x"), QStringLiteral("manual"), {},
                           {both, f.credit(R::OtherIncome, f.baht(0))}},
                       "ledger.lines");
    }
    SECTION("a negative amount") {
        requireRefused(f, {f.group.id, day, QStringLiteral("x"), QStringLiteral("manual"), {},
                           {f.debit(R::Cash, -f.baht(100)), f.credit(R::OtherIncome, -f.baht(100))}},
                       "ledger.lines");
    }
    SECTION("one line only, or no description") {
        requireRefused(f, {f.group.id, day, QStringLiteral("x"), QStringLiteral("manual"), {},
                           {f.debit(R::Cash, f.baht(100))}},
                       "ledger.lines");
        requireRefused(f, {f.group.id, day, QStringLiteral(" "), QStringLiteral("manual"), {},
                           {f.debit(R::Cash, f.baht(1)), f.credit(R::OtherIncome, f.baht(1))}},
                       "ledger.lines");
    }
    SECTION("another organisation's account") {
        const Organisation other = f.addOrganisation(QStringLiteral("SG2"), QStringLiteral("35020102"));
        ChartOfAccounts(f.db()).installDefault(other.id);
        const Account foreign = ChartOfAccounts(f.db()).require(other.id, R::Cash);
        requireRefused(f, {f.group.id, day, QStringLiteral("x"), QStringLiteral("manual"), {},
                           {{foreign.id, f.baht(5), {}, {}, {}, {}}, f.credit(R::OtherIncome, f.baht(5))}},
                       "ledger.account");
    }
}

TEST_CASE("posted entries cannot be changed or deleted, even with SQL") {
    test::LedgerFixture f;
    const PostedEntry e = f.post(QDate(2026, 3, 5), QStringLiteral("ดอกเบี้ยธนาคาร"),
                                 {f.debit(R::Bank, f.baht(12)), f.credit(R::BankInterestIncome, f.baht(12))});
    QSqlDatabase& c = f.db().connection();
    CHECK_THROWS_AS(sql::run(c, QStringLiteral("UPDATE journal_lines SET debit = 1300 WHERE entry_id = ?"), {e.id}),
                    StorageError);
    CHECK_THROWS_AS(sql::run(c, QStringLiteral("DELETE FROM journal_entries WHERE id = ?"), {e.id}),
                    StorageError);
    CHECK_THROWS_AS(sql::run(c, QStringLiteral("UPDATE journal_entries SET description = 'x'")), StorageError);
    CHECK(Journal(f.db()).find(e.id)->lines.at(0).debit == f.baht(12));
}
