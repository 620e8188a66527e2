#include "lending/RepaymentAllocation.h"

#include "lending/LendingError.h"
#include "money/MoneyFormat.h"

#include <QCoreApplication>

#include <algorithm>

namespace thanrak {

namespace {

LendingError repaymentError(const QString& reason) {
    return LendingError(QStringLiteral("loan.repayment"),
                        QCoreApplication::translate("Lending", "แบ่งเงินชำระคืนไม่ได้: %1").arg(reason));
}

void checkInputs(const std::vector<AmountDue>& due, Money amount) {
    if (amount.isNegative())
        throw repaymentError(QCoreApplication::translate("Lending", "ยอดชำระติดลบ (%1 บาท)")
                                 .arg(formatMoney(amount)));
    for (std::size_t k = 0; k < due.size(); ++k) {
        const AmountDue& item = due[k];
        if (item.fine.isNegative() || item.interest.isNegative() || item.principal.isNegative())
            throw repaymentError(QCoreApplication::translate("Lending", "ยอดค้างของงวดที่ %1 ติดลบ")
                                     .arg(item.instalment));
        if (k > 0 && due[k - 1].instalment == item.instalment)
            throw repaymentError(
                QCoreApplication::translate("Lending", "งวดที่ %1 ซ้ำกัน").arg(item.instalment));
    }
}

// Takes up to `owed` from `left` and returns what was taken.
Money take(Money& left, Money owed) {
    const Money taken = std::min(left, owed);
    left -= taken;
    return taken;
}

}  // namespace

Money AmountDue::total() const {
    return fine + interest + principal;
}

Money RepaymentLine::total() const {
    return fine + interest + principal;
}

Money RepaymentSplit::applied() const {
    Money sum;
    for (const RepaymentLine& line : lines) sum += line.total();
    return sum;
}

RepaymentSplit allocateRepayment(std::vector<AmountDue> due, Money amount) {
    std::stable_sort(due.begin(), due.end(), [](const AmountDue& a, const AmountDue& b) {
        return a.instalment < b.instalment;
    });
    checkInputs(due, amount);
    RepaymentSplit split;
    Money left = amount;
    for (const AmountDue& item : due) {
        RepaymentLine line{item.instalment, {}, {}, {}};
        // The order matters: fine first, then interest, then principal.
        line.fine = take(left, item.fine);
        line.interest = take(left, item.interest);
        line.principal = take(left, item.principal);
        split.lines.push_back(line);
    }
    split.excess = left;
    return split;
}

}  // namespace thanrak
