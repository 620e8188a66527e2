#include "support/CatchMoney.h"

#include "domain/MembershipRepository.h"
#include "ledger/Balances.h"
#include "savings/LoanRepository.h"
#include "savings/MeetingDayService.h"
#include "savings/MemberService.h"
#include "savings/PledgeRepository.h"
#include "savings/ReceiptRepository.h"
#include "savings/SavingsError.h"
#include "support/SavingsFixture.h"

using namespace thanrak;
using test::day;
using test::money;

TEST_CASE("joining takes the 20-baht entrance fee on a numbered receipt") {
    test::SavingsFixture f;
    const Person person = f.addPerson(QStringLiteral("สมศรี"), QStringLiteral("ใจดี"));
    const Joined joined =
        MemberService(f.db()).join({f.group.id, person.id, day("2026-01-10"), 4, {}});
    CHECK(joined.membership.memberNo == QStringLiteral("1"));
    CHECK(joined.pledge.shares == 4);
    REQUIRE(joined.feeReceipt.has_value());
    CHECK(receiptNoText(*joined.feeReceipt) == QStringLiteral("1/2569"));
    CHECK(joined.feeReceipt->total == money("20.00"));
    REQUIRE(joined.feeReceipt->lines.size() == 1);
    CHECK(joined.feeReceipt->lines.at(0).kind == ReceiptLineKind::EntranceFee);
    CHECK(f.balance(AccountRole::FeeIncome) == money("20.00"));
    CHECK(f.balance(AccountRole::Cash) == money("10,020.00"));
    CHECK(Balances(f.db()).trialBalance(f.group.id, day("2026-12-31")).balanced());
}

TEST_CASE("a 4-share pledge at 50 baht a share is 200 baht of sajja a month") {
    test::SavingsFixture f;
    const QString member = f.join(QStringLiteral("สมศรี"), 4, day("2026-01-10"));
    MeetingDayService meetings(f.db());
    // Joined after January's collection day (the 5th): not on January's list,
    // and February is the first month owed.
    CHECK(meetings.dues(f.group.id, QStringLiteral("2026-01")).members.isEmpty());
    REQUIRE(meetings.dues(f.group.id, QStringLiteral("2026-02")).members.size() == 1);
    const MemberDues february = meetings.dues(f.group.id, QStringLiteral("2026-02")).members.at(0);
    CHECK(february.membershipId == member);
    CHECK(february.sajja.shares == 4);
    CHECK(february.sajja.dueThisMonth == money("200.00"));
    CHECK(february.suggestedTotal() == money("200.00"));

    MemberService(f.db()).changePledge(member, day("2026-03-01"), 6);
    CHECK(meetings.dues(f.group.id, QStringLiteral("2026-03"), day("2026-03-05"))
              .members.at(0)
              .sajja.dueThisMonth == money("300.00"));
    CHECK(PledgeRepository(f.db()).pledges(member).size() == 2);
}

TEST_CASE("a pledge outside the rules or a join without rules writes nothing") {
    test::SavingsFixture f;
    const Person person = f.addPerson(QStringLiteral("สมศรี"), QStringLiteral("ใจดี"));
    const QStringList before = f.footprint();
    try {
        MemberService(f.db()).join({f.group.id, person.id, day("2026-01-10"), 21, {}});
        FAIL("21 shares accepted");
    } catch (const ValidationError& e) {
        CHECK(e.message() == QStringLiteral("ส่งสัจจะได้เดือนละ 1 ถึง 20 หุ้น (หุ้นละ 50.00 บาท)"));
    }
    CHECK_THROWS_AS(MemberService(f.db()).join({f.group.id, person.id, day("2025-12-31"), 2, {}}),
                    ValidationError);
    CHECK(f.footprint() == before);
}

TEST_CASE("a member with an open loan cannot leave unless the loan is offset against savings") {
    test::SavingsFixture f;
    const QString member = f.join(QStringLiteral("มาลี"), 4, day("2026-01-02"));
    f.openingSavings(member, money("5,000.00"), day("2026-01-02"));
    const QString loanId = f.lend(member, money("3,000.00"), 3, day("2026-01-05"));
    MemberService members(f.db());
    const QStringList before = f.footprint();
    try {
        members.leave(member, day("2026-01-20"));
        FAIL("left with an open loan");
    } catch (const SavingsError& e) {
        CHECK(e.code() == QStringLiteral("savings.open_loans"));
        CHECK(e.message() == QStringLiteral("สมาชิกยังมีเงินกู้ค้างชำระ (สัญญาเลขที่ 1/2569) เงินต้นคงเหลือ "
                                            "3,000.00 บาท จึงลาออกไม่ได้ กรุณาชำระให้ครบก่อน "
                                            "หรือเลือกหักกลบหนี้กับเงินสัจจะสะสม"));
    }
    CHECK(f.footprint() == before);

    // Payoff on 20 Jan: principal 3,000 + interest of instalment 1 (30.00)
    // for 15 of its 31 days = 14.52; savings 5,000 − 3,014.52 = 1,985.48 paid out.
    const Departure gone = members.leave(member, day("2026-01-20"), {true});
    REQUIRE(gone.offsetReceipts.size() == 1);
    CHECK(gone.offsetReceipts.at(0).method == PaymentMethod::SavingsOffset);
    CHECK(gone.offsetReceipts.at(0).total == money("3,014.52"));
    CHECK(gone.paidOut == money("1,985.48"));
    CHECK(gone.membership.leftOn == day("2026-01-20"));
    CHECK(MembershipRepository(f.db()).find(member)->leftOn == day("2026-01-20"));
    const Loan loan = *LoanRepository(f.db()).find(loanId);
    CHECK(loan.status == LoanStatus::Settled);
    CHECK(loan.settledOn == day("2026-01-20"));
    CHECK(f.memberBalance(AccountRole::MemberSavings, member).isZero());
    CHECK(f.memberBalance(AccountRole::LoansReceivable, member).isZero());
    CHECK(f.balance(AccountRole::InterestIncome) == money("14.52"));
    // Cash: 10,000 brought forward + 20 fee + 5,000 savings − 3,000 lent − 1,985.48 paid out.
    CHECK(f.balance(AccountRole::Cash) == money("10,034.52"));
    CHECK(Balances(f.db()).trialBalance(f.group.id, day("2026-12-31")).balanced());
}

TEST_CASE("offsetting is refused when savings do not cover the loans") {
    test::SavingsFixture f;
    const QString member = f.join(QStringLiteral("มาลี"), 4, day("2026-01-02"));
    f.openingSavings(member, money("2,000.00"), day("2026-01-02"));
    f.lend(member, money("3,000.00"), 3, day("2026-01-05"));
    const QStringList before = f.footprint();
    try {
        MemberService(f.db()).leave(member, day("2026-01-20"), {true});
        FAIL("left owing money");
    } catch (const SavingsError& e) {
        CHECK(e.code() == QStringLiteral("savings.offset"));
        CHECK(e.message().contains(QStringLiteral("ขาดอีก 1,014.52 บาท")));
    }
    CHECK(f.footprint() == before);
}

TEST_CASE("a member without loans leaves with savings and deposits paid out") {
    test::SavingsFixture f;
    const QString member = f.join(QStringLiteral("มาลี"), 4, day("2026-01-02"));
    MeetingDayService(f.db()).post(f.group.id, day("2026-02-05"),
                                   {{member, money("200.00"), money("75.50"), {}, {}}});
    const Departure gone = MemberService(f.db()).leave(member, day("2026-03-01"));
    CHECK(gone.paidOut == money("275.50"));
    CHECK(gone.offsetReceipts.isEmpty());
    CHECK(f.memberBalance(AccountRole::MemberSavings, member).isZero());
    CHECK(f.memberBalance(AccountRole::MemberDeposits, member).isZero());
    CHECK_THROWS_AS(MemberService(f.db()).leave(member, day("2026-03-02")), SavingsError);
}
