#include "lending/Arrears.h"

#include "lending/LendingError.h"

#include <QCoreApplication>

#include <algorithm>

namespace thanrak {

namespace {

LendingError arrearsError(const QString& reason) {
    return LendingError(
        QStringLiteral("loan.arrears"),
        QCoreApplication::translate("Lending", "คำนวณยอดค้างชำระไม่ได้: %1").arg(reason));
}

void checkInputs(const std::vector<Instalment>& schedule, const std::vector<Money>& paid,
                 QDate asOf) {
    if (!asOf.isValid())
        throw arrearsError(QCoreApplication::translate("Lending", "วันที่คำนวณไม่ถูกต้อง"));
    if (paid.size() > schedule.size())
        throw arrearsError(
            QCoreApplication::translate("Lending", "มียอดชำระ %1 งวด แต่ตารางผ่อนมี %2 งวด")
                .arg(paid.size())
                .arg(schedule.size()));
    for (std::size_t k = 0; k < paid.size(); ++k)
        if (paid[k].isNegative())
            throw arrearsError(
                QCoreApplication::translate("Lending", "ยอดชำระงวดที่ %1 ติดลบ").arg(k + 1));
}

}  // namespace

Arrears arrearsAsOf(const std::vector<Instalment>& schedule,
                    const std::vector<Money>& paidPerInstalment, QDate asOf) {
    checkInputs(schedule, paidPerInstalment, asOf);
    Arrears arrears;
    for (std::size_t k = 0; k < schedule.size(); ++k) {
        const Instalment& row = schedule[k];
        const Money paid = k < paidPerInstalment.size() ? paidPerInstalment[k] : Money();
        // Due on its date, late only from the next day; schedules are in date order.
        if (row.dueDate >= asOf)
            break;
        if (paid >= row.payment)
            continue;
        const qint64 days = row.dueDate.daysTo(asOf);
        arrears.instalments.push_back(
            {row.number, row.dueDate, row.payment, paid, row.payment - paid, days});
        arrears.overdueAmount += row.payment - paid;
        arrears.daysOverdue = std::max(arrears.daysOverdue, days);
    }
    return arrears;
}

LateFineRule LateFineRule::fixed(Money amount) {
    return {Kind::Fixed, amount, Ratio()};
}

LateFineRule LateFineRule::percentage(const Ratio& rate) {
    return {Kind::Percentage, Money(), rate};
}

Money lateInstalmentFine(const LateFineRule& rule, Money overdueAmount) {
    if (!overdueAmount.isPositive())
        return Money();
    if (rule.kind == LateFineRule::Kind::Fixed)
        return rule.fixedAmount;
    return overdueAmount.times(rule.rate, RoundingMode::HalfUp);
}

Money lateInstalmentFines(const LateFineRule& rule, const Arrears& arrears) {
    Money total;
    for (const OverdueInstalment& overdue : arrears.instalments)
        total += lateInstalmentFine(rule, overdue.outstanding);
    return total;
}

}  // namespace thanrak
