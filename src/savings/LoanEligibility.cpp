#include "savings/LoanEligibility.h"

#include "lending/EffectiveRate.h"
#include "money/MoneyFormat.h"

#include <QCoreApplication>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Savings)
};
}  // namespace

FieldProblems checkLoanRequest(const LoanProduct& product, const LoanRequest& request) {
    FieldProblems problems;
    if (!request.amount.isPositive()) {
        problems.append({QStringLiteral("amount"), Text::tr("จำนวนเงินกู้ต้องมากกว่าศูนย์")});
        return problems;
    }
    const Money cap = loanCap(product, request.borrowerSavings);
    if (request.amount > cap)
        problems.append(
            {QStringLiteral("amount"),
             Text::tr("กู้%1ได้ไม่เกิน %2 บาท (เงินสัจจะ %3 บาท วงเงินสูงสุด %4 บาท)")
                 .arg(product.name, formatMoney(cap), formatMoney(request.borrowerSavings),
                      formatMoney(product.absoluteCap))});
    if (request.months < 1 || request.months > product.maxMonths)
        problems.append({QStringLiteral("months"), Text::tr("ระยะเวลากู้%1ต้องอยู่ระหว่าง 1 ถึง %2 เดือน")
                                                       .arg(product.name)
                                                       .arg(product.maxMonths)});
    if (request.amount > product.guarantorThreshold &&
        request.guarantors < product.guarantorsRequired)
        problems.append({QStringLiteral("guarantors"),
                         Text::tr("เงินกู้เกิน %1 บาท ต้องมีผู้ค้ำประกัน %2 คน (ระบุมา %3 คน)")
                             .arg(formatMoney(product.guarantorThreshold))
                             .arg(product.guarantorsRequired)
                             .arg(request.guarantors)});
    return problems;
}

QString legalRateWarning(const LoanProduct& product, Money principal, int months,
                         const QDate& start) {
    return checkLegalCap(termsFor(product, principal, months, start)).warning;
}

}  // namespace thanrak
