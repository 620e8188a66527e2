#include "support/CatchMoney.h"

#include "LedgerFixture.h"
#include "ledger/Balances.h"
#include "ledger/ChartOfAccounts.h"
#include "ledger/LedgerError.h"
#include "ledger/OtherEntries.h"
#include "ledger/Periods.h"

using namespace thanrak;
using R = AccountRole;

namespace {
const QDate kToday(2026, 12, 1);

// 10,000.00 of cash and 5,000.00 in the bank brought forward on 1 Nov 2026.
void openBooks(test::LedgerFixture& f) {
    f.post(QDate(2026, 11, 1), QStringLiteral("ยอดยกมา"),
           {f.debit(R::Cash, f.baht(10000)), f.debit(R::Bank, f.baht(5000)),
            f.credit(R::MemberSavings, f.baht(15000), f.memberA)});
}

QString accountByCode(test::LedgerFixture& f, const char* code) {
    for (const Account& a : ChartOfAccounts(f.db()).accounts(f.group.id))
        if (a.code == QLatin1String(code))
            return a.id;
    return {};
}

OtherEntry stationery(test::LedgerFixture& f, Money amount) {
    return {f.group.id,
            QDate(2026, 11, 20),
            OtherEntryKind::Expense,
            accountByCode(f, "5101"),
            amount,
            MoneyChannel::Cash,
            QStringLiteral("ซื้อสมุดบัญชีและปากกา")};
}

QStringList fields(const FieldProblems& problems) {
    QStringList result;
    for (const FieldProblem& p : problems) result << p.field;
    return result;
}

QString messageFor(const FieldProblems& problems, const QString& field) {
    for (const FieldProblem& p : problems)
        if (p.field == field)
            return p.message;
    return {};
}
}  // namespace

TEST_CASE("350.00 of stationery paid in cash lowers cash by 350.00 and the books balance") {
    test::LedgerFixture f;
    openBooks(f);
    OtherEntries service(f.db(), kToday);
    const PostedEntry posted = service.record(stationery(f, Money::fromSatang(35000)));
    CHECK(posted.source == QStringLiteral("other"));
    CHECK(posted.entryNo == 2);
    REQUIRE(posted.lines.size() == 2);
    CHECK(posted.lines.at(0).accountId == accountByCode(f, "5101"));
    CHECK(posted.lines.at(0).debit == Money::fromSatang(35000));
    CHECK(posted.lines.at(1).accountId == f.account(R::Cash));
    CHECK(posted.lines.at(1).credit == Money::fromSatang(35000));

    Balances balances(f.db());
    // 10,000.00 − 350.00 = 9,650.00
    CHECK(balances.accountBalance(f.account(R::Cash), kToday) == Money::fromSatang(965000));
    CHECK(balances.accountBalance(accountByCode(f, "5101"), kToday) == Money::fromSatang(35000));
    const TrialBalance tb = balances.trialBalance(f.group.id, kToday);
    CHECK(tb.balanced());
    // 15,000.00 brought forward + 350.00 = 15,350.00 on each side
    CHECK(tb.totalDebit == Money::fromSatang(1535000));
    const CashBook book = balances.cashBook(f.group.id, QDate(2026, 11, 1), QDate(2026, 11, 30));
    REQUIRE(book.rows.size() == 2);
    CHECK(book.rows.at(1).payment == Money::fromSatang(35000));
    CHECK(book.rows.at(1).description == QStringLiteral("ซื้อสมุดบัญชีและปากกา"));
    CHECK(book.closing == Money::fromSatang(965000));
}

TEST_CASE("bank interest of 12.34 goes into the bank, not the cash box") {
    test::LedgerFixture f;
    openBooks(f);
    OtherEntries service(f.db(), kToday);
    service.record({f.group.id, QDate(2026, 11, 30), OtherEntryKind::Income,
                    f.account(R::BankInterestIncome), Money::fromSatang(1234), MoneyChannel::Bank,
                    QStringLiteral("ดอกเบี้ยเงินฝาก ธ.ก.ส.")});
    Balances balances(f.db());
    // 5,000.00 + 12.34 = 5,012.34; cash stays 10,000.00
    CHECK(balances.accountBalance(f.account(R::Bank), kToday) == Money::fromSatang(501234));
    CHECK(balances.accountBalance(f.account(R::Cash), kToday) == f.baht(10000));
    CHECK(balances.accountBalance(f.account(R::BankInterestIncome), kToday) ==
          Money::fromSatang(1234));
    CHECK(balances.trialBalance(f.group.id, kToday).balanced());
}

TEST_CASE("only other income heads and expense heads can be chosen") {
    test::LedgerFixture f;
    OtherEntries service(f.db(), kToday);
    QStringList income;
    for (const Account& a : service.selectableAccounts(f.group.id, OtherEntryKind::Income))
        income << a.code;
    // Loan interest (4101), fines (4102) and entry fees (4103) come from the meeting day.
    CHECK(income == QStringList{QStringLiteral("4104"), QStringLiteral("4109")});
    QStringList expense;
    for (const Account& a : service.selectableAccounts(f.group.id, OtherEntryKind::Expense))
        expense << a.code;
    CHECK(expense == QStringList{QStringLiteral("5101"), QStringLiteral("5102"),
                                 QStringLiteral("5103"), QStringLiteral("5109")});

    OtherEntry wrong = stationery(f, f.baht(10));
    wrong.kind = OtherEntryKind::Income;  // an expense head used for income
    CHECK(fields(service.check(wrong)) == QStringList{QStringLiteral("account")});
    wrong.accountId = f.account(R::InterestIncome);
    CHECK(fields(service.check(wrong)) == QStringList{QStringLiteral("account")});
}

TEST_CASE("a closed month refuses an other entry with the Thai message and writes nothing") {
    test::LedgerFixture f;
    openBooks(f);
    Periods(f.db()).closeMonth(f.group.id, 2026, 11);
    OtherEntries service(f.db(), kToday);
    const int before = f.entryCount();
    const FieldProblems problems = service.check(stationery(f, f.baht(350)));
    CHECK(fields(problems) == QStringList{QStringLiteral("date")});
    CHECK(messageFor(problems, QStringLiteral("date")) ==
          QStringLiteral("ปิดบัญชีเดือนพฤศจิกายน 2569 แล้ว จึงบันทึกรายการวันที่ 20 พฤศจิกายน 2569 "
                         "ไม่ได้ กรุณาบันทึกในเดือนที่ยังไม่ปิด"));
    CHECK_THROWS_AS(service.record(stationery(f, f.baht(350))), ValidationError);
    CHECK(f.entryCount() == before);
}

TEST_CASE("zero, negative and absurd amounts, and a missing description, are refused") {
    test::LedgerFixture f;
    openBooks(f);
    OtherEntries service(f.db(), kToday);
    const int before = f.entryCount();
    for (const Money amount : {Money(), Money::fromSatang(-35000)}) {
        const FieldProblems problems = service.check(stationery(f, amount));
        CHECK(messageFor(problems, QStringLiteral("amount")) ==
              QStringLiteral("จำนวนเงินต้องมากกว่าศูนย์"));
        CHECK_THROWS_AS(service.record(stationery(f, amount)), ValidationError);
    }
    // 10,000,000.00 is the largest; one satang more is a typing slip.
    CHECK(service.check(stationery(f, kLargestOtherEntry)).isEmpty());
    const Money absurd = kLargestOtherEntry + Money::fromSatang(1);
    CHECK(messageFor(service.check(stationery(f, absurd)), QStringLiteral("amount"))
              .startsWith(QStringLiteral("จำนวนเงิน 10,000,000.01 บาท มากเกินกว่าจะเป็นรายการเดียว")));
    OtherEntry blank = stationery(f, f.baht(350));
    blank.description = QStringLiteral("   ");
    blank.date = QDate(2026, 12, 2);  // tomorrow
    CHECK(fields(service.check(blank)) ==
          (QStringList{QStringLiteral("date"), QStringLiteral("description")}));
    CHECK_THROWS_AS(service.record(blank), ValidationError);
    CHECK(f.entryCount() == before);
}

TEST_CASE("amounts are read as typed, with a Thai message when they cannot be") {
    FieldProblems problems;
    CHECK(readAmount(QStringLiteral(" 1,234.50 "), problems) == Money::fromSatang(123450));
    CHECK(readAmount(QStringLiteral("๓๕๐"), problems) == Money::fromSatang(35000));
    CHECK(problems.isEmpty());
    CHECK_FALSE(readAmount(QString(), problems).has_value());
    CHECK(messageFor(problems, QStringLiteral("amount")) == QStringLiteral("กรุณาใส่จำนวนเงิน"));
    problems.clear();
    CHECK_FALSE(readAmount(QStringLiteral("12.345"), problems).has_value());
    REQUIRE(problems.size() == 1);
    CHECK_FALSE(problems.front().message.isEmpty());
}

TEST_CASE("an other entry is corrected by a reversal with a reason, once") {
    test::LedgerFixture f;
    openBooks(f);
    OtherEntries service(f.db(), kToday);
    const PostedEntry wrong = service.record(stationery(f, f.baht(530)));
    CHECK(service.findEntry(f.group.id, wrong.date, wrong.entryNo)->id == wrong.id);
    CHECK_FALSE(service.findEntry(f.group.id, QDate(2026, 11, 21), wrong.entryNo));

    CHECK(fields(service.checkReversal(wrong.id, QDate(2026, 11, 19), QString())) ==
          (QStringList{QStringLiteral("date"), QStringLiteral("reason")}));
    const PostedEntry mirror =
        service.reverse(wrong.id, QDate(2026, 11, 25), QStringLiteral("พิมพ์ 530 แทน 350"));
    CHECK(mirror.reversesEntryId == wrong.id);
    CHECK(Balances(f.db()).accountBalance(f.account(R::Cash), kToday) == f.baht(10000));
    CHECK(fields(service.checkReversal(wrong.id, QDate(2026, 11, 25), QStringLiteral("อีกครั้ง"))) ==
          QStringList{QStringLiteral("entry")});
    CHECK(fields(service.checkReversal(mirror.id, QDate(2026, 11, 25), QStringLiteral("ซ้ำ"))) ==
          QStringList{QStringLiteral("entry")});
    CHECK_THROWS_AS(service.reverse(wrong.id, kToday, QStringLiteral("อีกครั้ง")), ValidationError);
}

TEST_CASE("the cash book does not reverse a receipt or a loan payout") {
    test::LedgerFixture f;
    const PostedEntry receipt = Journal(f.db()).post(
        {f.group.id,
         QDate(2026, 11, 5),
         QStringLiteral("ใบเสร็จเลขที่ 1"),
         QStringLiteral("receipt"),
         QStringLiteral("r1"),
         {f.debit(R::Cash, f.baht(100)), f.credit(R::MemberSavings, f.baht(100), f.memberA)}});
    const FieldProblems problems =
        OtherEntries(f.db(), kToday).checkReversal(receipt.id, kToday, QStringLiteral("ผิด"));
    CHECK(fields(problems) == QStringList{QStringLiteral("entry")});
    CHECK(messageFor(problems, QStringLiteral("entry")).contains(QStringLiteral("ใบเสร็จรับเงิน")));
}
