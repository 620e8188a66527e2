#include "LendingTestSupport.h"

#include "lending/LendingError.h"

using namespace thanrak;
using namespace thanrak::test;

namespace {
QStringList fields(const TermProblems& problems) {
    QStringList keys;
    for (const TermProblem& problem : problems) keys << problem.field;
    return keys;
}
}  // namespace

TEST_CASE("a rate per year is spread evenly over twelve months, and back") {
    const LoanTerms yearly = loan("10,000", "12", RatePeriod::Year, 10, InterestMethod::Flat);
    CHECK(yearly.monthlyRate() == Ratio(1, 100));
    CHECK(yearly.annualRate() == Ratio(12, 100));
    const LoanTerms monthly = loan("10,000", "1.25", RatePeriod::Month, 10, InterestMethod::Flat);
    CHECK(monthly.monthlyRate() == Ratio(1, 80));
    CHECK(monthly.annualRate() == Ratio(15, 100));
}

TEST_CASE("a maturity date defaults to the start plus the term") {
    LoanTerms terms =
        loan("20,000", "6", RatePeriod::Year, 12, InterestMethod::Maturity, "2024-01-31");
    CHECK(terms.maturity() == date("2025-01-31"));
    terms.months = 1;
    CHECK(terms.maturity() == date("2024-02-29"));
    terms.maturityDate = date("2024-03-10");
    CHECK(terms.maturity() == date("2024-03-10"));
}

TEST_CASE("sound terms have no problems") {
    CHECK(checkLoanTerms(loan("0.01", "0", RatePeriod::Month, 1, InterestMethod::Flat)).isEmpty());
    CHECK(checkLoanTerms(loan("10,000", "1", RatePeriod::Month, 360, InterestMethod::Annuity))
              .isEmpty());
}

TEST_CASE("each bad field of the terms is named, with a Thai sentence") {
    LoanTerms terms = loan("0", "-1", RatePeriod::Month, 0, InterestMethod::Flat);
    terms.startDate = QDate();
    const TermProblems problems = checkLoanTerms(terms);
    CHECK(fields(problems) == QStringList{QStringLiteral("principal"), QStringLiteral("rate"),
                                          QStringLiteral("months"), QStringLiteral("start_date")});
    CHECK(problems[0].message == QStringLiteral("เงินต้นต้องมากกว่าศูนย์ (ได้ 0.00 บาท)"));
    CHECK(problems[1].message == QStringLiteral("อัตราดอกเบี้ยติดลบไม่ได้ (ได้ร้อยละ -1.0000)"));
    CHECK(problems[2].message == QStringLiteral("จำนวนงวดต้องอยู่ระหว่าง 1 ถึง 360 เดือน (ได้ 0)"));
    CHECK(problems[3].message == QStringLiteral("วันที่จ่ายเงินกู้ไม่ถูกต้อง"));

    CHECK(fields(checkLoanTerms(loan("-5", "1", RatePeriod::Month, 361, InterestMethod::Flat))) ==
          QStringList{QStringLiteral("principal"), QStringLiteral("months")});
}

TEST_CASE("a maturity date must be valid and after the disbursement") {
    LoanTerms terms =
        loan("20,000", "6", RatePeriod::Year, 12, InterestMethod::Maturity, "2024-01-15");
    terms.maturityDate = date("2024-01-15");
    REQUIRE(checkLoanTerms(terms).size() == 1);
    CHECK(checkLoanTerms(terms)[0].field == QStringLiteral("maturity_date"));
    CHECK(checkLoanTerms(terms)[0].message ==
          QStringLiteral("วันครบกำหนดชำระ (2024-01-15) ต้องอยู่หลังวันที่จ่ายเงินกู้ (2024-01-15)"));
    terms.maturityDate = QDate();
    CHECK(fields(checkLoanTerms(terms)) == QStringList{QStringLiteral("maturity_date")});
}

TEST_CASE("building a schedule from bad terms throws loan.terms with every problem") {
    const LoanTerms terms = loan("0", "-1", RatePeriod::Month, 1, InterestMethod::Annuity);
    CHECK(errorCode([&] { buildSchedule(terms); }) == QStringLiteral("loan.terms"));
    try {
        buildSchedule(terms);
    } catch (const LoanTermsError& error) {
        CHECK(error.problems().size() == 2);
        CHECK(error.message().contains(QStringLiteral("เงินต้น")));
        CHECK(error.message().contains(QStringLiteral("อัตราดอกเบี้ย")));
    }
}
