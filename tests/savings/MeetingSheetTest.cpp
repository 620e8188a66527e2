#include "support/CatchMoney.h"

#include "savings/MeetingSheet.h"
#include "support/SavingsFixture.h"

using namespace thanrak;
using test::day;
using test::money;

namespace {
// As in MeetingDayTest: A 4 shares, B 2, C 10 join on 10 Jan 2026; C borrows
// 2,000 over two months at 1 %/month. February asks A 200, B 100, C 500 of
// sajja and C 1,000 + 20 of instalment 1; paying C's whole loan is 2,020.
struct SheetStory : test::SavingsFixture {
    SheetStory() {
        a = join(QStringLiteral("อำไพ"), 4, day("2026-01-10"));
        b = join(QStringLiteral("บุญมี"), 2, day("2026-01-10"));
        c = join(QStringLiteral("จันทร์"), 10, day("2026-01-10"));
        loan = lend(c, money("2,000.00"), 2, day("2026-01-10"), {},
                    addProduct(test::emergencyProduct()));
    }
    MeetingSheet february() {
        return MeetingSheet(MeetingDayService(db()).dues(group.id, QStringLiteral("2026-02")));
    }
    int indexOf(const MeetingSheet& sheet, const QString& membershipId) {
        for (int i = 0; i < sheet.size(); ++i)
            if (sheet.row(i).dues.membershipId == membershipId)
                return i;
        return -1;
    }
    QString a, b, c, loan;
};

InstalmentStanding instalment(int number, InstalmentStage stage, const char* interest,
                              const char* principal) {
    return {number, day("2026-02-10"), stage, Money(), money(interest), money(principal), 0};
}
}  // namespace

TEST_CASE("the sheet starts with every amount as due and totals what is typed") {
    SheetStory s;
    MeetingSheet sheet = s.february();
    REQUIRE(sheet.size() == 3);
    const int c = s.indexOf(sheet, s.c);
    CHECK(sheet.row(c).sajjaDue == money("500.00"));
    CHECK(sheet.row(c).loanDue == money("1,020.00"));
    CHECK(sheet.row(c).loanPayoff == money("2,020.00"));
    CHECK(sheet.row(c).paid() == money("1,520.00"));
    SheetTotals totals = sheet.totals();
    CHECK(totals.sajja == money("800.00"));
    CHECK(totals.loans == money("1,020.00"));
    CHECK(totals.paid == money("1,820.00"));
    CHECK(totals.due == money("1,820.00"));
    CHECK(totals.payers == 3);

    // A stays home; B saves 50 more than the pledge.
    sheet.clearRow(s.indexOf(sheet, s.a));
    CHECK(sheet.setPaid(s.indexOf(sheet, s.b), SheetColumn::Sajja, money("150.00")).isEmpty());
    totals = sheet.totals();
    CHECK(totals.sajja == money("650.00"));
    CHECK(totals.paid == money("1,670.00"));
    CHECK(totals.due == money("1,820.00"));
    CHECK(totals.payers == 2);

    const QList<MemberPayment> payments = sheet.payments();
    REQUIRE(payments.size() == 2);
    CHECK(payments.at(1).membershipId == s.c);
    REQUIRE(payments.at(1).loans.size() == 1);
    CHECK(payments.at(1).loans.at(0).amount == money("1,020.00"));
}

TEST_CASE("the sheet refuses amounts the meeting cannot take and keeps the old one") {
    SheetStory s;
    MeetingSheet sheet = s.february();
    const int a = s.indexOf(sheet, s.a);
    const int c = s.indexOf(sheet, s.c);
    CHECK_FALSE(sheet.setPaid(a, SheetColumn::Sajja, money("-1.00")).isEmpty());
    CHECK(sheet.paid(a, SheetColumn::Sajja) == money("200.00"));
    // A has no loan to pay.
    CHECK(
        sheet.setPaid(a, SheetColumn::Loans, money("100.00")).contains(QStringLiteral("ไม่มีเงินกู้")));
    // 2,020.01 is one satang beyond settling C's loan.
    const QString tooMuch = sheet.setPaid(c, SheetColumn::Loans, money("2,020.01"));
    CHECK(tooMuch.contains(QStringLiteral("2,020.00")));
    CHECK(sheet.paid(c, SheetColumn::Loans) == money("1,020.00"));
    CHECK(sheet.setPaid(c, SheetColumn::Loans, money("2,020.00")).isEmpty());
    CHECK(sheet.totals().loans == money("2,020.00"));
}

TEST_CASE("a member's loan payment goes to each contract's dues, then to early payoff") {
    // Loan 1: 1,020 due now (20 interest + 1,000 principal) and 1,000 more to
    // settle it. Loan 2: 510 due now and nothing after.
    LoanStanding first;
    first.instalments = {instalment(1, InstalmentStage::Due, "20.00", "1,000.00"),
                         instalment(2, InstalmentStage::Later, "0.00", "1,000.00")};
    LoanStanding second;
    second.instalments = {instalment(3, InstalmentStage::Due, "10.00", "500.00")};
    const QList<LoanDue> loans{{QStringLiteral("L1"), QStringLiteral("1/2569"), first},
                               {QStringLiteral("L2"), QStringLiteral("2/2569"), second}};

    // 1,600 = 1,020 + 510 due, and the 70 left pays loan 1 early.
    QList<LoanPayment> split = splitLoanPayment(loans, money("1,600.00"));
    REQUIRE(split.size() == 2);
    CHECK(split.at(0).amount == money("1,090.00"));
    CHECK(split.at(1).amount == money("510.00"));

    // 1,000 does not even cover loan 1's dues: loan 2 gets nothing.
    split = splitLoanPayment(loans, money("1,000.00"));
    REQUIRE(split.size() == 1);
    CHECK(split.at(0).loanId == QStringLiteral("L1"));
    CHECK(split.at(0).amount == money("1,000.00"));
}
