#include "support/CatchQt.h"

#include "LedgerFixture.h"
#include "ledger/Balances.h"
#include "ledger/LedgerError.h"

using namespace thanrak;
using R = AccountRole;

TEST_CASE("a correction is a reversal with a reason plus a new entry; both stay on the books") {
    test::LedgerFixture f;
    // The treasurer typed 500 instead of 50 for stationery.
    const PostedEntry wrong = f.post(QDate(2026, 4, 5), QStringLiteral("ค่าเครื่องเขียน"),
                                     {f.debit(R::OtherExpense, f.baht(500)), f.credit(R::Cash, f.baht(500))});
    Journal journal(f.db());
    const PostedEntry reversal = journal.reverse(wrong.id, QDate(2026, 4, 6), QStringLiteral("พิมพ์จำนวนผิด"));
    CHECK(reversal.entryNo == 2);
    CHECK(reversal.reversesEntryId == wrong.id);
    CHECK(reversal.reason == QStringLiteral("พิมพ์จำนวนผิด"));
    CHECK(reversal.description.startsWith(QStringLiteral("กลับรายการเลขที่ 1")));
    REQUIRE(reversal.lines.size() == 2);
    CHECK(reversal.lines.at(0).credit == f.baht(500));  // the expense side mirrored
    CHECK(reversal.lines.at(1).debit == f.baht(500));
    f.post(QDate(2026, 4, 6), QStringLiteral("ค่าเครื่องเขียน (แก้ไข)"),
           {f.debit(R::OtherExpense, f.baht(50)), f.credit(R::Cash, f.baht(50))});

    Balances balances(f.db());
    // 500 − 500 + 50 = 50 spent; cash is −50 because there was no opening balance.
    CHECK(balances.accountBalance(f.account(R::OtherExpense), QDate(2026, 4, 30)) == f.baht(50));
    CHECK(balances.accountBalance(f.account(R::Cash), QDate(2026, 4, 30)) == -f.baht(50));
    CHECK(journal.entries(f.group.id, QDate(2026, 4, 1), QDate(2026, 4, 30)).size() == 3);
}

TEST_CASE("an entry is reversed once, a reversal is never reversed, and a reason is required") {
    test::LedgerFixture f;
    const PostedEntry e = f.post(QDate(2026, 4, 5), QStringLiteral("รายได้อื่น"),
                                 {f.debit(R::Cash, f.baht(30)), f.credit(R::OtherIncome, f.baht(30))});
    Journal journal(f.db());
    const int before = f.entryCount();
    CHECK_THROWS_AS(journal.reverse(e.id, QDate(2026, 4, 6), QStringLiteral("  ")), LedgerError);
    CHECK(f.entryCount() == before);
    const PostedEntry r = journal.reverse(e.id, QDate(2026, 4, 6), QStringLiteral("บันทึกซ้ำ"));
    try {
        journal.reverse(e.id, QDate(2026, 4, 7), QStringLiteral("อีกครั้ง"));
        FAIL("reversed twice");
    } catch (const LedgerError& error) {
        CHECK(error.message().contains(QStringLiteral("เลขที่ 2")));
    }
    CHECK_THROWS_AS(journal.reverse(r.id, QDate(2026, 4, 7), QStringLiteral("กลับอีก")), LedgerError);
    CHECK_THROWS_AS(journal.reverse(QStringLiteral("no-such-id"), QDate(2026, 4, 7), QStringLiteral("x")),
                    LedgerError);
}
