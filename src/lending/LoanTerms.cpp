#include "lending/LoanTerms.h"

#include "money/MoneyFormat.h"

#include <QCoreApplication>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Lending)
};

void checkDates(const LoanTerms& terms, TermProblems& problems) {
    if (!terms.startDate.isValid()) {
        problems.append({QStringLiteral("start_date"), Text::tr("วันที่จ่ายเงินกู้ไม่ถูกต้อง")});
        return;
    }
    if (!terms.maturityDate)
        return;
    if (!terms.maturityDate->isValid())
        problems.append({QStringLiteral("maturity_date"), Text::tr("วันครบกำหนดชำระไม่ถูกต้อง")});
    else if (*terms.maturityDate <= terms.startDate)
        problems.append({QStringLiteral("maturity_date"),
                         Text::tr("วันครบกำหนดชำระ (%1) ต้องอยู่หลังวันที่จ่ายเงินกู้ (%2)")
                             .arg(terms.maturityDate->toString(Qt::ISODate),
                                  terms.startDate.toString(Qt::ISODate))});
}
}  // namespace

Ratio LoanTerms::monthlyRate() const {
    return ratePeriod == RatePeriod::Month ? rate : rate / Ratio(12);
}

Ratio LoanTerms::annualRate() const {
    return ratePeriod == RatePeriod::Year ? rate : rate * Ratio(12);
}

QDate LoanTerms::maturity() const {
    return maturityDate ? *maturityDate : startDate.addMonths(months);
}

TermProblems checkLoanTerms(const LoanTerms& terms) {
    TermProblems problems;
    if (!terms.principal.isPositive())
        problems.append(
            {QStringLiteral("principal"),
             Text::tr("เงินต้นต้องมากกว่าศูนย์ (ได้ %1 บาท)").arg(formatMoney(terms.principal))});
    if (terms.rate.isNegative())
        problems.append(
            {QStringLiteral("rate"), Text::tr("อัตราดอกเบี้ยติดลบไม่ได้ (ได้ร้อยละ %1)")
                                         .arg(formatDecimal(terms.rate * Ratio(100), 4))});
    if (terms.months < 1 || terms.months > kMaxLoanMonths)
        problems.append(
            {QStringLiteral("months"), Text::tr("จำนวนงวดต้องอยู่ระหว่าง 1 ถึง %1 เดือน (ได้ %2)")
                                           .arg(kMaxLoanMonths)
                                           .arg(terms.months)});
    checkDates(terms, problems);
    return problems;
}

void requireValidTerms(const LoanTerms& terms) {
    TermProblems problems = checkLoanTerms(terms);
    if (!problems.isEmpty())
        throw LoanTermsError(std::move(problems));
}

}  // namespace thanrak
