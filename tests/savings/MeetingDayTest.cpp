#include "support/CatchMoney.h"

#include "ledger/Balances.h"
#include "ledger/LedgerError.h"
#include "ledger/Periods.h"
#include "savings/LoanRepository.h"
#include "savings/MeetingDayService.h"
#include "savings/ReceiptRepository.h"
#include "savings/SavingsError.h"
#include "support/SavingsFixture.h"

using namespace thanrak;
using test::day;
using test::money;

namespace {
// Three members join on 10 Jan 2026 (after January's collection day, so
// February is their first sajja): A 4 shares, B 2, C 10. C borrows 2,000 for
// two months at 1 %/month the same day: instalment 1 is 1,000 + 20 due 10 Feb.
struct MeetingStory : test::SavingsFixture {
    MeetingStory() {
        a = join(QStringLiteral("อำไพ"), 4, day("2026-01-10"));
        b = join(QStringLiteral("บุญมี"), 2, day("2026-01-10"));
        c = join(QStringLiteral("จันทร์"), 10, day("2026-01-10"));
        LoanProduct emergency;
        emergency.name = QStringLiteral("เงินกู้ฉุกเฉิน");
        emergency.savingsMultiple = Ratio();
        emergency.absoluteCap = Money::fromBaht(3000);
        emergency.maxMonths = 3;
        loan = lend(c, money("2,000.00"), 2, day("2026-01-10"), {}, addProduct(emergency));
    }
    QList<MemberPayment> february(Money cLoan = money("1,020.00")) {
        return {{a, money("200.00"), {}, {}, {}},
                {b, money("100.00"), money("50.00"), {}, {}},
                {c, money("500.00"), {}, {}, {{loan, cLoan}}}};
    }
    QString a, b, c, loan;
};

const MemberDues& row(const MeetingDues& dues, const QString& membershipId) {
    for (const MemberDues& m : dues.members)
        if (m.membershipId == membershipId)
            return m;
    FAIL("member not listed");
    throw std::logic_error("unreachable");
}
}  // namespace

TEST_CASE("the meeting lists each member's sajja and the instalments due that month") {
    MeetingStory s;
    const MeetingDues dues = MeetingDayService(s.db()).dues(s.group.id, QStringLiteral("2026-02"));
    CHECK(dues.collectionDate == day("2026-02-05"));
    REQUIRE(dues.members.size() == 3);
    CHECK(row(dues, s.a).sajja.dueThisMonth == money("200.00"));
    CHECK(row(dues, s.b).sajja.dueThisMonth == money("100.00"));
    const MemberDues& c = row(dues, s.c);
    CHECK(c.sajja.dueThisMonth == money("500.00"));
    REQUIRE(c.loans.size() == 1);
    CHECK(c.loans.at(0).contractNo == QStringLiteral("1/2569"));
    // Due on 10 Feb, collected at the meeting on the 5th.
    CHECK(c.loans.at(0).standing.dueNow() == money("1,020.00"));
    CHECK(c.loans.at(0).standing.payoff() == money("2,020.00"));
    CHECK(c.suggestedTotal() == money("1,520.00"));
}

TEST_CASE("a meeting of three members posts three consecutive receipts and balanced books") {
    MeetingStory s;
    const PostedMeeting posted =
        MeetingDayService(s.db()).post(s.group.id, day("2026-02-05"), s.february());
    REQUIRE(posted.receipts.size() == 3);
    // The three entrance fees took receipts 1–3.
    CHECK(receiptNoText(posted.receipts.at(0)) == QStringLiteral("4/2569"));
    CHECK(posted.receipts.at(1).receiptNo == 5);
    CHECK(posted.receipts.at(2).receiptNo == 6);
    CHECK(posted.receipts.at(0).total == money("200.00"));
    CHECK(posted.receipts.at(1).total == money("150.00"));
    CHECK(posted.receipts.at(2).total == money("1,520.00"));
    CHECK(posted.total == money("1,870.00"));
    CHECK(ReceiptRepository(s.db()).ofMeeting(posted.meetingId).size() == 3);

    const CashBook book =
        Balances(s.db()).cashBook(s.group.id, day("2026-02-05"), day("2026-02-05"));
    Money received;
    for (const CashBookRow& r : book.rows) received += r.receipt;
    CHECK(received == posted.total);
    CHECK(book.closing == money("9,930.00"));  // 10,000 + 60 fees − 2,000 lent + 1,870
    CHECK(Balances(s.db()).trialBalance(s.group.id, day("2026-02-28")).balanced());
    CHECK(s.memberBalance(AccountRole::MemberSavings, s.c) == money("500.00"));
    CHECK(s.memberBalance(AccountRole::MemberDeposits, s.b) == money("50.00"));
    CHECK(s.memberBalance(AccountRole::LoansReceivable, s.c) == money("1,000.00"));
    CHECK(s.balance(AccountRole::InterestIncome) == money("20.00"));
    CHECK(posted.receipts.at(2).lines.at(0).forMonth == QStringLiteral("2026-02"));

    // The same month again is refused, nothing written.
    const QStringList before = s.footprint();
    CHECK_THROWS_AS(MeetingDayService(s.db()).post(s.group.id, day("2026-02-06"), s.february()),
                    SavingsError);
    CHECK(s.footprint() == before);
    CHECK(MeetingDayService(s.db()).dues(s.group.id, QStringLiteral("2026-02")).alreadyPosted);
}

TEST_CASE("a meeting in a closed month is refused and the file is unchanged") {
    MeetingStory s;
    Periods(s.db()).closeMonth(s.group.id, 2026, 2);
    const QStringList before = s.footprint();
    try {
        MeetingDayService(s.db()).post(s.group.id, day("2026-02-05"), s.february());
        FAIL("posted into a closed month");
    } catch (const LedgerError& e) {
        CHECK(e.code() == QStringLiteral("ledger.closed_month"));
        CHECK(e.message().startsWith(QStringLiteral("ปิดบัญชีเดือนกุมภาพันธ์ 2569 แล้ว")));
    }
    CHECK(s.footprint() == before);
}

TEST_CASE("a meeting whose third payment is wrong leaves nothing behind") {
    MeetingStory s;
    const QStringList before = s.footprint();
    SECTION("a negative amount, caught before anything is written") {
        QList<MemberPayment> payments = s.february();
        payments[2].sajja = money("-500.00");
        try {
            MeetingDayService(s.db()).post(s.group.id, day("2026-02-05"), payments);
            FAIL("negative sajja accepted");
        } catch (const ValidationError& e) {
            REQUIRE(e.problems().size() == 1);
            CHECK(e.problems().at(0).field == s.c);
            CHECK(e.problems().at(0).message ==
                  QStringLiteral("สมาชิกเลขทะเบียน 3: ยอดเงินสัจจะติดลบ (-500.00 บาท)"));
        }
    }
    SECTION("a loan payment beyond the payoff, found after two receipts were made") {
        CHECK_THROWS_AS(MeetingDayService(s.db()).post(s.group.id, day("2026-02-05"),
                                                       s.february(money("2,020.01"))),
                        SavingsError);
    }
    CHECK(s.footprint() == before);
}

TEST_CASE("a missed month shows as arrears with the late-sajja fine, once") {
    MeetingStory s;
    MeetingDayService meetings(s.db());
    meetings.post(s.group.id, day("2026-02-05"), s.february());
    // March: C is absent; A and B pay their sajja.
    meetings.post(s.group.id, day("2026-03-05"),
                  {{s.a, money("200.00"), {}, {}, {}}, {s.b, money("100.00"), {}, {}, {}}});
    const MemberDues c = row(meetings.dues(s.group.id, QStringLiteral("2026-04")), s.c);
    CHECK(c.sajja.dueThisMonth == money("500.00"));
    CHECK(c.sajja.arrears() == money("500.00"));
    REQUIRE(c.sajja.missed.size() == 1);
    CHECK(c.sajja.missed.at(0).month == QStringLiteral("2026-03"));
    CHECK(c.sajja.suggestedFine() == money("10.00"));
    // Instalment 2 (1,000 + 10, due 10 Mar) is 26 days late on 5 Apr: 1 % = 10.10.
    REQUIRE(c.loans.size() == 1);
    CHECK(c.loans.at(0).standing.dueNow() == money("1,020.10"));
    CHECK(c.suggestedTotal() == money("2,030.10"));

    const PostedMeeting april = meetings.post(
        s.group.id, day("2026-04-05"),
        {{s.c, money("1,000.00"), {}, money("10.00"), {{s.loan, money("1,020.10")}}}});
    const Receipt& receipt = april.receipts.at(0);
    REQUIRE(receipt.lines.size() >= 3);
    CHECK(receipt.lines.at(0).forMonth == QStringLiteral("2026-03"));
    CHECK(receipt.lines.at(1).forMonth == QStringLiteral("2026-04"));
    CHECK(receipt.lines.at(2).kind == ReceiptLineKind::Fine);
    CHECK(receipt.lines.at(2).forMonth == QStringLiteral("2026-03"));
    CHECK(LoanRepository(s.db()).find(s.loan)->status == LoanStatus::Settled);
    const MemberDues may = row(meetings.dues(s.group.id, QStringLiteral("2026-05")), s.c);
    CHECK(may.sajja.arrears().isZero());
    CHECK(may.sajja.suggestedFine().isZero());
    CHECK(may.loans.isEmpty());
    CHECK(s.balance(AccountRole::FineIncome) == money("20.10"));
}
