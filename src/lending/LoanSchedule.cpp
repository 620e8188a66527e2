#include "lending/LoanSchedule.h"

#include "money/Allocate.h"

#include <QCoreApplication>

#include <algorithm>

namespace thanrak {

namespace {

// Appends the next instalment and lowers `balance` by its principal.
void addInstalment(std::vector<Instalment>& rows, const LoanTerms& terms, Money principal,
                   Money interest, Money& balance) {
    balance -= principal;
    const int number = static_cast<int>(rows.size()) + 1;
    rows.push_back({number, instalmentDueDate(terms.startDate, number), principal, interest,
                    principal + interest, balance});
}

std::vector<Money> equalPrincipalParts(const LoanTerms& terms) {
    return allocate(terms.principal,
                    std::vector<qint64>(static_cast<std::size_t>(terms.months), 1));
}

std::vector<Instalment> flatSchedule(const LoanTerms& terms) {
    // Flat interest is charged on the original principal every month.
    const Money interest = terms.principal.times(terms.monthlyRate(), RoundingMode::HalfUp);
    std::vector<Instalment> rows;
    Money balance = terms.principal;
    for (Money principal : equalPrincipalParts(terms))
        addInstalment(rows, terms, principal, interest, balance);
    return rows;
}

std::vector<Instalment> equalPrincipalSchedule(const LoanTerms& terms) {
    const Ratio rate = terms.monthlyRate();
    std::vector<Instalment> rows;
    Money balance = terms.principal;
    for (Money principal : equalPrincipalParts(terms))
        addInstalment(rows, terms, principal, balance.times(rate, RoundingMode::HalfUp), balance);
    return rows;
}

std::vector<Instalment> annuitySchedule(const LoanTerms& terms) {
    const Ratio rate = terms.monthlyRate();
    const Money payment = annuityPayment(terms.principal, rate, terms.months);
    std::vector<Instalment> rows;
    Money balance = terms.principal;
    for (int k = 1; k <= terms.months; ++k) {
        const Money interest = balance.times(rate, RoundingMode::HalfUp);
        // A payment rounded up can clear a tiny loan early; never pay below zero.
        const Money principal =
            k == terms.months ? balance : std::clamp(payment - interest, Money(), balance);
        addInstalment(rows, terms, principal, interest, balance);
    }
    return rows;
}

std::vector<Instalment> maturitySchedule(const LoanTerms& terms) {
    const QDate due = terms.maturity();
    const Money interest = accruedInterest(terms, terms.principal, terms.startDate, due);
    return {{1, due, terms.principal, interest, terms.principal + interest, Money()}};
}

}  // namespace

std::vector<Instalment> buildSchedule(const LoanTerms& terms) {
    requireValidTerms(terms);
    switch (terms.method) {
        case InterestMethod::Flat:
            return flatSchedule(terms);
        case InterestMethod::EqualPrincipal:
            return equalPrincipalSchedule(terms);
        case InterestMethod::Annuity:
            return annuitySchedule(terms);
        case InterestMethod::Maturity:
            return maturitySchedule(terms);
    }
    Q_UNREACHABLE();
}

QDate instalmentDueDate(QDate start, int number) {
    // Always from the start: stepping month by month would carry a clamped
    // 29 Feb into 29 Mar instead of 31 Mar.
    return start.addMonths(number);
}

Money annuityPayment(Money principal, const Ratio& monthlyRate, int months) {
    Q_ASSERT(months >= 1);
    const Ratio p(principal.satang());
    if (monthlyRate.isZero())
        return roundToSatang(p / Ratio(months), RoundingMode::HalfUp);
    const Ratio discount = Ratio(1) - (Ratio(1) + monthlyRate).pow(-months);
    return roundToSatang(p * monthlyRate / discount, RoundingMode::HalfUp);
}

Money accruedInterest(const LoanTerms& terms, Money balance, QDate from, QDate to) {
    if (!from.isValid() || !to.isValid() || to < from)
        throw LendingError(
            QStringLiteral("loan.dates"),
            QCoreApplication::translate("Lending", "คิดดอกเบี้ยรายวันไม่ได้: ช่วงวันที่ %1 ถึง %2 ไม่ถูกต้อง")
                .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    const Ratio days(from.daysTo(to), kInterestDaysPerYear);
    return balance.times(terms.annualRate() * days, RoundingMode::HalfUp);
}

ScheduleTotals scheduleTotals(const std::vector<Instalment>& schedule) {
    ScheduleTotals totals;
    for (const Instalment& row : schedule) {
        totals.principal += row.principal;
        totals.interest += row.interest;
        totals.payment += row.payment;
    }
    return totals;
}

}  // namespace thanrak
