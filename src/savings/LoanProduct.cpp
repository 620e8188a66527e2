#include "savings/LoanProduct.h"

#include <QCoreApplication>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Savings)
};

void add(FieldProblems& problems, const char* field, const QString& message) {
    problems.append({QLatin1String(field), message});
}
}  // namespace

FieldProblems validateLoanProduct(const LoanProduct& p) {
    FieldProblems problems;
    if (p.name.trimmed().isEmpty())
        add(problems, "name", Text::tr("กรุณาใส่ชื่อประเภทเงินกู้"));
    if (p.savingsMultiple < Ratio())
        add(problems, "savings_multiple", Text::tr("จำนวนเท่าของเงินสัจจะต้องไม่ติดลบ"));
    if (!p.absoluteCap.isPositive())
        add(problems, "absolute_cap", Text::tr("วงเงินกู้สูงสุดต้องมากกว่าศูนย์"));
    if (p.maxMonths < 1 || p.maxMonths > kMaxLoanMonths)
        add(problems, "max_months",
            Text::tr("ระยะเวลากู้สูงสุดต้องอยู่ระหว่าง 1 ถึง %1 เดือน").arg(kMaxLoanMonths));
    if (p.ratePercent < Ratio() || p.ratePercent > Ratio(100))
        add(problems, "rate", Text::tr("อัตราดอกเบี้ยต้องอยู่ระหว่างร้อยละ 0 ถึง 100"));
    if (p.guarantorThreshold.isNegative())
        add(problems, "guarantor_threshold", Text::tr("วงเงินที่ต้องมีผู้ค้ำประกันต้องไม่ติดลบ"));
    if (p.guarantorsRequired < 0 || p.guarantorsRequired > 5)
        add(problems, "guarantors_required", Text::tr("จำนวนผู้ค้ำประกันต้องอยู่ระหว่าง 0 ถึง 5 คน"));
    if (p.maxGuaranteesPerMember < 1)
        add(problems, "max_guarantees", Text::tr("สมาชิกหนึ่งคนต้องค้ำประกันได้อย่างน้อย 1 สัญญา"));
    if (p.maxExposurePerGuarantor.isNegative())
        add(problems, "max_exposure", Text::tr("วงเงินค้ำประกันสูงสุดต้องไม่ติดลบ"));
    return problems;
}

Money loanCap(const LoanProduct& product, Money savings) {
    if (product.savingsMultiple.isZero())
        return product.absoluteCap;
    const Money bySavings =
        savings.isPositive() ? savings.times(product.savingsMultiple, RoundingMode::Down) : Money();
    return std::min(bySavings, product.absoluteCap);
}

LoanTerms termsFor(const LoanProduct& product, Money principal, int months, const QDate& start) {
    LoanTerms terms;
    terms.principal = principal;
    terms.rate = product.ratePercent * Ratio(1, 100);
    terms.ratePeriod = product.ratePeriod;
    terms.months = months;
    terms.method = product.method;
    terms.startDate = start;
    return terms;
}

}  // namespace thanrak
