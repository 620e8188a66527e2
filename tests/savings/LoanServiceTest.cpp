#include "support/CatchMoney.h"

#include "ledger/Journal.h"
#include "savings/LoanRepository.h"
#include "savings/LoanService.h"
#include "savings/SavingsError.h"
#include "savings/SpouseRepository.h"
#include "storage/Sql.h"
#include "support/SavingsFixture.h"

using namespace thanrak;
using test::day;
using test::money;

namespace {
QStringList messages(const ValidationError& e) {
    QStringList result;
    for (const FieldProblem& p : e.problems()) result << p.message;
    return result;
}
}  // namespace

TEST_CASE(
    "a loan goes from application through approval to a numbered contract with its schedule") {
    test::SavingsFixture f;
    const QString member = f.join(QStringLiteral("สมศรี"), 4, day("2026-01-02"));
    f.openingSavings(member, money("5,000.00"), day("2026-01-02"));
    LoanService loans(f.db());
    const Loan applied = loans.apply({f.group.id,
                                      member,
                                      f.ordinaryProduct,
                                      day("2026-01-03"),
                                      money("10,000.00"),
                                      10,
                                      QStringLiteral("ซื้อปุ๋ย"),
                                      {},
                                      {}});
    CHECK(applied.status == LoanStatus::Applied);
    CHECK(applied.rulesId == f.rules.id);
    const Loan approved = loans.approve(applied.id, day("2026-01-04"), money("10,000.00"),
                                        QStringLiteral("มติที่ประชุม"));
    CHECK(approved.status == LoanStatus::Approved);
    CHECK(approved.approvedOn == day("2026-01-04"));

    const Disbursement paid = loans.disburse(applied.id, day("2026-01-05"), DisbursementKind::Cash);
    CHECK(contractNoText(paid.loan) == QStringLiteral("1/2569"));
    CHECK(paid.legalCapWarning.isEmpty());  // 1 %/month on the declining balance is 12 % a year
    const Loan stored = *LoanRepository(f.db()).find(applied.id);
    CHECK(stored.status == LoanStatus::Active);
    REQUIRE(stored.terms.has_value());
    CHECK(stored.terms->principal == money("10,000.00"));
    CHECK(stored.terms->rate == Ratio(1, 100));
    CHECK(stored.terms->method == InterestMethod::EqualPrincipal);
    CHECK(stored.maturityDate == day("2026-11-05"));
    const std::vector<Instalment> schedule = LoanRepository(f.db()).schedule(applied.id);
    REQUIRE(schedule.size() == 10);
    CHECK(schedule.at(0).dueDate == day("2026-02-05"));
    CHECK(schedule.at(0).interest == money("100.00"));
    CHECK(schedule.at(9).interest == money("10.00"));
    CHECK(scheduleTotals(schedule).interest == money("550.00"));
    CHECK(f.memberBalance(AccountRole::LoansReceivable, member) == money("10,000.00"));
    CHECK(LoanRepository(f.db()).outstandingPrincipal(applied.id) == money("10,000.00"));
    CHECK(Journal(f.db())
              .find(stored.disbursementEntryId)
              ->description.startsWith(QStringLiteral("จ่ายเงินกู้สัญญาเลขที่ 1/2569")));
    // The next contract of the year is number 2.
    f.openingSavings(member, money("1,000.00"), day("2026-01-06"));
    CHECK(contractNoText(*LoanRepository(f.db()).find(f.lend(
              member, money("1,000.00"), 2, day("2026-01-06")))) == QStringLiteral("2/2569"));
}

TEST_CASE("the cap follows the member's savings in the ledger") {
    test::SavingsFixture f;
    const QString member = f.join(QStringLiteral("สมศรี"), 4, day("2026-01-02"));
    f.openingSavings(member, money("4,000.00"), day("2026-01-02"));
    try {
        LoanService(f.db()).apply({f.group.id,
                                   member,
                                   f.ordinaryProduct,
                                   day("2026-01-03"),
                                   money("8,000.01"),
                                   10,
                                   {},
                                   {},
                                   {}});
        FAIL("above the cap");
    } catch (const ValidationError& e) {
        CHECK(messages(e) == QStringList{QStringLiteral("กู้เงินกู้สามัญได้ไม่เกิน 8,000.00 บาท (เงินสัจจะ "
                                                        "4,000.00 บาท วงเงินสูงสุด 50,000.00 บาท)")});
    }
    CHECK(f.rows("loans") == 0);
}

TEST_CASE("the borrower's spouse cannot guarantee the loan") {
    test::SavingsFixture f;
    const QString borrower = f.join(QStringLiteral("สมศรี"), 4, day("2026-01-02"));
    const QString spouse = f.join(QStringLiteral("บุญมา"), 2, day("2026-01-02"));
    const QString friendly = f.join(QStringLiteral("มาลี"), 2, day("2026-01-02"));
    const QString other = f.join(QStringLiteral("ดวงใจ"), 2, day("2026-01-02"));
    f.openingSavings(borrower, money("10,000.00"), day("2026-01-02"));
    const auto personOf = [&](const QString& membershipId) {
        return sql::scalar(f.db().connection(),
                           QStringLiteral("SELECT person_id FROM memberships WHERE id = ?"),
                           {membershipId})
            .toString();
    };
    SpouseRepository(f.db()).link(personOf(borrower), personOf(spouse));
    LoanService loans(f.db());
    LoanApplication application{f.group.id,
                                borrower,
                                f.ordinaryProduct,
                                day("2026-01-03"),
                                money("20,000.00"),
                                12,
                                {},
                                {spouse, friendly},
                                {}};
    try {
        loans.apply(application);
        FAIL("spouse accepted as guarantor");
    } catch (const ValidationError& e) {
        CHECK(messages(e) ==
              QStringList{QStringLiteral("นางบุญมา ทดสอบ เป็นคู่สมรสของผู้กู้ จึงค้ำประกันไม่ได้")});
    }
    CHECK(f.rows("loans") == 0);
    CHECK(f.rows("loan_guarantors") == 0);
    application.guarantorMembershipIds = {friendly, other};
    const Loan loan = loans.apply(application);
    CHECK(LoanRepository(f.db()).guarantors(loan.id).size() == 2);
    // มาลี now answers for 20,000 still in committee.
    const QList<Guarantee> held = LoanRepository(f.db()).guaranteedBy(friendly);
    REQUIRE(held.size() == 1);
    CHECK(held.at(0).exposure == money("20,000.00"));
}

TEST_CASE("committee steps happen in order, and a rejection needs a reason") {
    test::SavingsFixture f;
    const QString member = f.join(QStringLiteral("สมศรี"), 4, day("2026-01-02"));
    f.openingSavings(member, money("5,000.00"), day("2026-01-02"));
    LoanService loans(f.db());
    const Loan loan = loans.apply({f.group.id,
                                   member,
                                   f.ordinaryProduct,
                                   day("2026-01-03"),
                                   money("5,000.00"),
                                   5,
                                   {},
                                   {},
                                   {}});
    CHECK_THROWS_AS(loans.disburse(loan.id, day("2026-01-05"), DisbursementKind::Cash),
                    SavingsError);
    CHECK_THROWS_AS(loans.approve(loan.id, day("2026-01-04"), money("5,000.01"), {}),
                    ValidationError);
    CHECK_THROWS_AS(loans.reject(loan.id, day("2026-01-04"), QStringLiteral("  ")),
                    ValidationError);
    const Loan rejected = loans.reject(loan.id, day("2026-01-04"), QStringLiteral("เงินกองทุนไม่พอ"));
    CHECK(rejected.status == LoanStatus::Rejected);
    CHECK(LoanRepository(f.db()).find(loan.id)->rejectedOn == day("2026-01-04"));
    CHECK_THROWS_AS(loans.approve(loan.id, day("2026-01-04"), money("5,000.00"), {}), SavingsError);
}

TEST_CASE("a loan in kind is valued in baht and warned about when the rate passes the legal cap") {
    test::SavingsFixture f;
    const QString member = f.join(QStringLiteral("สมศรี"), 4, day("2026-01-02"));
    f.openingSavings(member, money("5,000.00"), day("2026-01-02"));
    LoanProduct fertiliser;
    fertiliser.name = QStringLiteral("เงินกู้ปุ๋ย");
    fertiliser.method = InterestMethod::Flat;  // flat 1 %/month: about 21 % a year on the balance
    fertiliser.maxMonths = 10;
    const QString product = f.addProduct(fertiliser);
    LoanService loans(f.db());
    const Loan loan = loans.apply(
        {f.group.id, member, product, day("2026-01-03"), money("6,000.00"), 10, {}, {}, {}});
    loans.approve(loan.id, day("2026-01-04"), money("6,000.00"), {});
    CHECK_THROWS_AS(loans.disburse(loan.id, day("2026-01-05"), DisbursementKind::InKind),
                    ValidationError);
    const Disbursement paid = loans.disburse(loan.id, day("2026-01-05"), DisbursementKind::InKind,
                                             QStringLiteral("ปุ๋ยยูเรีย 10 กระสอบ"));
    CHECK(paid.loan.disbursementKind == DisbursementKind::InKind);
    CHECK(paid.legalCapWarning.contains(QStringLiteral("ร้อยละ 21.26 ต่อปี")));
    CHECK(f.balance(AccountRole::Cash) == money("9,020.00"));  // 10,000 + 20 + 5,000 − 6,000
    CHECK(Journal(f.db())
              .find(paid.loan.disbursementEntryId)
              ->description.contains(QStringLiteral("ปุ๋ยยูเรีย")));
}
