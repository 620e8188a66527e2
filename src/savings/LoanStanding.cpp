#include "savings/LoanStanding.h"

#include <algorithm>

namespace thanrak {

namespace {
QDate endOfMonth(const QDate& day) {
    return QDate(day.year(), day.month(), day.daysInMonth());
}

InstalmentPaid paidOn(const PaidByInstalment& paid, int number) {
    const auto found = paid.find(number);
    return found == paid.end() ? InstalmentPaid{} : found->second;
}

// Scheduled interest × elapsed / period days, half-up; a period not yet begun
// accrues nothing and a finished one its whole interest.
Money accruedPart(const Instalment& row, const QDate& periodStart, const QDate& day) {
    const qint64 periodDays = periodStart.daysTo(row.dueDate);
    const qint64 elapsed = std::clamp<qint64>(periodStart.daysTo(day), 0, periodDays);
    if (periodDays <= 0 || elapsed == periodDays)
        return row.interest;
    return row.interest.times(Ratio(elapsed, periodDays), RoundingMode::HalfUp);
}

InstalmentStanding dueStanding(const Instalment& row, const InstalmentPaid& p,
                               const FineRule& lateFine, const QDate& day) {
    InstalmentStanding s{row.number, row.dueDate, InstalmentStage::Due, {}, {}, {}, 0};
    s.interest = std::max(Money(), row.interest - p.interest);
    s.principal = std::max(Money(), row.principal - p.principal);
    const Money left = s.interest + s.principal;
    if (row.dueDate < day && left.isPositive()) {
        s.daysOverdue = row.dueDate.daysTo(day);
        s.fine = std::max(Money(), lateFine.fineFor(left) - p.fine);
    }
    return s;
}
}  // namespace

Money LoanStanding::dueNow() const {
    Money sum;
    for (const InstalmentStanding& s : instalments)
        if (s.stage == InstalmentStage::Due)
            sum += s.total();
    return sum;
}

Money LoanStanding::payoff() const {
    Money sum;
    for (const InstalmentStanding& s : instalments) sum += s.total();
    return sum;
}

qint64 LoanStanding::daysOverdue() const {
    qint64 days = 0;
    for (const InstalmentStanding& s : instalments) days = std::max(days, s.daysOverdue);
    return days;
}

std::vector<AmountDue> LoanStanding::payoffItems() const {
    std::vector<AmountDue> items;
    for (const InstalmentStanding& s : instalments)
        items.push_back({s.number, s.fine, s.interest, s.principal});
    return items;
}

LoanStanding loanStandingOn(const LoanTerms& terms, const std::vector<Instalment>& schedule,
                            const PaidByInstalment& paid, const FineRule& lateFine,
                            const QDate& day) {
    LoanStanding standing;
    standing.day = day;
    const QDate dueThrough = endOfMonth(day);
    QDate periodStart = terms.startDate;
    bool runningSeen = false;
    for (const Instalment& row : schedule) {
        const InstalmentPaid p = paidOn(paid, row.number);
        InstalmentStanding s;
        if (row.dueDate <= dueThrough) {
            s = dueStanding(row, p, lateFine, day);
        } else {
            const InstalmentStage stage =
                runningSeen ? InstalmentStage::Later : InstalmentStage::Running;
            const Money accrued =
                stage == InstalmentStage::Running ? accruedPart(row, periodStart, day) : Money();
            s = {row.number,
                 row.dueDate,
                 stage,
                 {},
                 std::max(Money(), accrued - p.interest),
                 std::max(Money(), row.principal - p.principal),
                 0};
            runningSeen = true;
        }
        periodStart = row.dueDate;
        standing.outstandingPrincipal += std::max(Money(), row.principal - p.principal);
        if (s.total().isPositive())
            standing.instalments.push_back(s);
    }
    return standing;
}

QList<ReceiptLine> repaymentLines(const QString& loanId, const RepaymentSplit& split) {
    QList<ReceiptLine> lines;
    auto add = [&](ReceiptLineKind kind, Money amount, int instalment) {
        if (amount.isPositive())
            lines.append({kind, amount, loanId, instalment, {}, {}});
    };
    for (const RepaymentLine& line : split.lines) {
        add(ReceiptLineKind::Fine, line.fine, line.instalment);
        add(ReceiptLineKind::Interest, line.interest, line.instalment);
        add(ReceiptLineKind::Principal, line.principal, line.instalment);
    }
    return lines;
}

}  // namespace thanrak
