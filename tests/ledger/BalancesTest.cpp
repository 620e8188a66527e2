#include "support/CatchQt.h"

#include "LedgerFixture.h"
#include "ledger/Balances.h"

using namespace thanrak;
using R = AccountRole;

namespace {
// Opening savings, a loan to B, then a meeting where A pays sajja 500 and B
// pays sajja 300, principal 1,000, interest 100 and a fine of 20:
//   cash     = 10,000 − 5,000 + 1,920 = 6,920
//   savings  A 6,000 + 500 = 6,500; B 4,000 + 300 = 4,300
//   loan     B 5,000 − 1,000 = 4,000
//   debits   = 10,000 + 5,000 + 1,920 = 16,920 = credits
void postYear(test::LedgerFixture& f) {
    f.post(QDate(2026, 1, 5), QStringLiteral("ยอดยกมา"),
           {f.debit(R::Cash, f.baht(10000)), f.credit(R::MemberSavings, f.baht(6000), f.memberA),
            f.credit(R::MemberSavings, f.baht(4000), f.memberB)});
    f.post(QDate(2026, 1, 5), QStringLiteral("จ่ายเงินกู้ให้สมาชิกเลขที่ 2"),
           {f.debit(R::LoansReceivable, f.baht(5000), f.memberB), f.credit(R::Cash, f.baht(5000))});
    f.post(QDate(2026, 2, 5), QStringLiteral("วันสัจจะ กุมภาพันธ์"),
           {f.debit(R::Cash, f.baht(1920)), f.credit(R::MemberSavings, f.baht(500), f.memberA),
            f.credit(R::MemberSavings, f.baht(300), f.memberB),
            f.credit(R::LoansReceivable, f.baht(1000), f.memberB), f.credit(R::InterestIncome, f.baht(100)),
            f.credit(R::FineIncome, f.baht(20))});
}
}  // namespace

TEST_CASE("trial balance and member balances with worked numbers") {
    test::LedgerFixture f;
    postYear(f);
    Balances balances(f.db());
    const TrialBalance tb = balances.trialBalance(f.group.id, QDate(2026, 12, 31));
    CHECK(tb.balanced());
    CHECK(tb.totalDebit == f.baht(16920));
    CHECK(balances.accountBalance(f.account(R::Cash), QDate(2026, 12, 31)) == f.baht(6920));
    CHECK(balances.memberBalance(f.account(R::MemberSavings), f.memberA, QDate(2026, 12, 31)) == f.baht(6500));
    CHECK(balances.memberBalance(f.account(R::MemberSavings), f.memberB, QDate(2026, 12, 31)) == f.baht(4300));
    CHECK(balances.memberBalance(f.account(R::LoansReceivable), f.memberB, QDate(2026, 12, 31)) == f.baht(4000));
    // Before the meeting the loan was still 5,000.
    CHECK(balances.memberBalance(f.account(R::LoansReceivable), f.memberB, QDate(2026, 2, 4)) == f.baht(5000));
    REQUIRE(tb.rows.size() == 5);  // cash, loans, savings, interest, fines
    CHECK(tb.rows.at(0).account.code == QStringLiteral("1101"));
}

TEST_CASE("the cash book runs from the opening balance through each entry") {
    test::LedgerFixture f;
    postYear(f);
    const CashBook book = Balances(f.db()).cashBook(f.group.id, QDate(2026, 2, 1), QDate(2026, 2, 28));
    CHECK(book.opening == f.baht(5000));
    REQUIRE(book.rows.size() == 1);
    CHECK(book.rows.at(0).receipt == f.baht(1920));
    CHECK(book.rows.at(0).payment == Money());
    CHECK(book.closing == f.baht(6920));
    const CashBook january = Balances(f.db()).cashBook(f.group.id, QDate(2026, 1, 1), QDate(2026, 1, 31));
    CHECK(january.opening == Money());
    REQUIRE(january.rows.size() == 2);
    CHECK(january.rows.at(1).balance == f.baht(5000));
}
