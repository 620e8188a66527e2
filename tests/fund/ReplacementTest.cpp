#include "support/CatchMoney.h"

#include "fund/PoolService.h"
#include "ledger/Journal.h"
#include "savings/LoanRepository.h"
#include "fund/LoanRoundService.h"
#include "savings/LoanReplacement.h"
#include "savings/LoanService.h"
#include "savings/RepaymentService.h"
#include "savings/SavingsError.h"
#include "support/FundFixture.h"
#include "support/SavingsFixture.h"

using namespace thanrak;
using test::day;
using test::money;

namespace {
// สมหมาย borrowed 20,000 and บุญมี 10,000 on 1 Feb 2025, both due on
// 1 Feb 2026 with 6 % interest: 1,200.00 and 600.00.
struct ReplacementStory : test::FundFixture {
    ReplacementStory() {
        const LoanRound round = openRound();
        a = join(QStringLiteral("สมหมาย"));
        b = join(QStringLiteral("บุญมี"));
        loanA = lendInRound(round, a, money("20,000.00"), day("2025-02-01"));
        loanB = lendInRound(round, b, money("10,000.00"), day("2025-02-01"));
    }
    Loan replace(const QString& member, const QString& old, ReplacementKind kind, Money amount,
                 const QDate& on) {
        LoanService loans(db());
        LoanApplication app;
        app.organisationId = fund.id;
        app.membershipId = member;
        app.productId = roundProduct;
        app.appliedOn = on;
        app.amount = amount;
        app.months = 12;
        app.replacesLoanId = old;
        app.replacesKind = kind;
        app.poolId = government.id;
        const Loan applied = loans.apply(app);
        loans.approve(applied.id, on, amount, {});
        return loans.disburse(applied.id, on, DisbursementKind::Cash).loan;
    }
    Money held(const char* on) {
        return PoolService(db()).balance(government, day(on)).held;
    }
    QString a, b, loanA, loanB;
};
}  // namespace

TEST_CASE("renewal: interest paid, the principal carries on in a new contract") {
    ReplacementStory s;
    const int entries = s.rows("journal_entries");
    try {
        s.replace(s.a, s.loanA, ReplacementKind::Renewal, money("20,000.00"), day("2026-02-01"));
        FAIL("renewed with interest unpaid");
    } catch (const SavingsError& e) {
        CHECK(e.code() == QStringLiteral("savings.replacement"));
        CHECK(e.message().contains(QStringLiteral("1,200.00")));
    }
    // The application and approval went through; the refused disbursement
    // left the books and the old contract as they were.
    CHECK(s.rows("journal_entries") == entries);
    CHECK(LoanRepository(s.db()).find(s.loanA)->status == LoanStatus::Active);

    RepaymentService(s.db()).repay(s.loanA, day("2026-02-01"), money("1,200.00"));
    const Money heldBefore = s.held("2026-02-01");
    CHECK(heldBefore == money("971,200.00"));  // 1,000,000 − 30,000 + 1,200
    const Loan renewed =
        s.replace(s.a, s.loanA, ReplacementKind::Renewal, money("20,000.00"), day("2026-02-01"));
    CHECK(contractNoText(renewed) == QStringLiteral("1/2569"));
    CHECK(renewed.maturityDate == day("2027-02-01"));
    // No money changes hands: the new contract's principal settles the old one.
    CHECK(s.held("2026-02-01") == heldBefore);
    CHECK(PoolService(s.db()).balance(s.government, day("2026-02-01")).loansOutstanding ==
          money("30,000.00"));
    LoanRepository loans(s.db());
    const Loan old = *loans.find(s.loanA);
    CHECK(old.status == LoanStatus::Settled);
    CHECK(old.settledOn == day("2026-02-01"));
    CHECK(loans.replacedBy(s.loanA)->id == renewed.id);
    const PostedEntry entry = *Journal(s.db()).find(renewed.disbursementEntryId);
    CHECK(entry.description.startsWith(QStringLiteral("ต่อสัญญา: สัญญาเลขที่ 1/2569 ปิดสัญญาเดิมเลขที่ 1/2568")));
    REQUIRE(entry.lines.size() == 2);
    CHECK(entry.lines[1].loanId == s.loanA);
    CHECK(entry.lines[1].credit == money("20,000.00"));
}

// A guarantor already at the limit of two guarantees can stand for the
// renewal of a loan they guarantee: its guarantee carries over, it is not new.
TEST_CASE("a renewal keeps its guarantor even at the guarantee limit") {
    test::FundFixture f;
    const LoanRound round = f.openRound();
    LoanRoundService rounds(f.db());
    const QString g = f.join(QStringLiteral("ผู้ค้ำ"));
    QString first;
    for (const char* name : {"สมชาย", "สมศรี"}) {
        const Loan applied = rounds.apply({round.id, f.join(QString::fromUtf8(name)),
                                           day("2025-01-15"), money("10,000.00"), 0, {}, {g}});
        rounds.approve(applied.id, {day("2025-01-31"), money("10,000.00"), {}, false});
        const QString id = rounds.disburse(applied.id, day("2025-02-01")).disbursement.loan.id;
        if (first.isEmpty())
            first = id;
    }
    RepaymentService(f.db()).repay(first, day("2026-02-01"), money("600.00"));
    const Disbursement renewed =
        replaceLoan(f.db(), {first, ReplacementKind::Renewal, day("2026-02-01"),
                             money("10,000.00"), 12, {}});
    CHECK(LoanRepository(f.db()).guarantors(renewed.loan.id) == QStringList{g});
}

// บุญมี did not pay on 1 Feb 2026. On 1 May 2026 the contract is restructured:
// 10,000 principal + 600.00 interest = 10,600.00 becomes the new principal,
// due 1 May 2027 with 10,600 × 6 % × 365/365 = 636.00 interest.
TEST_CASE("restructuring: unpaid interest joins the principal of a new contract") {
    ReplacementStory s;
    CHECK(RepaymentService(s.db()).standing(s.loanB, day("2026-05-01")).daysOverdue() == 89);
    const int entries = s.rows("journal_entries");
    CHECK_THROWS_AS(s.replace(s.b, s.loanB, ReplacementKind::Restructure, money("10,000.00"),
                              day("2026-05-01")),
                    SavingsError);
    CHECK(s.rows("journal_entries") == entries);
    const Loan fresh = s.replace(s.b, s.loanB, ReplacementKind::Restructure, money("10,600.00"),
                                 day("2026-05-01"));
    CHECK(LoanRepository(s.db()).schedule(fresh.id).at(0).interest == money("636.00"));
    CHECK(LoanRepository(s.db()).find(s.loanB)->status == LoanStatus::Settled);
    CHECK(s.roleBalance(AccountRole::InterestIncome) == money("600.00"));
    CHECK(s.held("2026-05-01") == money("970,000.00"));  // nothing paid out
    CHECK(PoolService(s.db()).balance(s.government, day("2026-05-01")).loansOutstanding ==
          money("30,600.00"));
    const PostedEntry entry = *Journal(s.db()).find(fresh.disbursementEntryId);
    CHECK(entry.description.startsWith(
        QStringLiteral("ปรับโครงสร้างหนี้: สัญญาเลขที่ 1/2569 ปิดสัญญาเดิมเลขที่ 2/2568")));
    // The 600.00 was never paid in money: it names no member, so it is not
    // part of บุญมี's refund on interest paid.
    for (const JournalLine& line : entry.lines)
        if (line.credit == money("600.00"))
            CHECK(line.membershipId.isEmpty());
}
