#pragma once

#include "money/Ratio.h"
#include "savings/Loan.h"

#include <QDate>
#include <QList>

namespace thanrak {

class Database;

// One line of the loan register (ทะเบียนเงินกู้): a contract with its member,
// product and, for an active one, where it stands on the register's day.
struct LoanRegisterRow {
    Loan loan;
    QString memberNo;
    QString memberName;
    QString productName;
    Money amount;       // approved, or asked for while in committee
    Money outstanding;  // principal not yet repaid (active loans)
    Money dueNow;       // instalments due by the end of the month, with fines
    Money payoff;       // what would settle it today
    qint64 daysOverdue = 0;
    QString closedBy;  // "ต่อสัญญาเป็น 1/2569" when a new contract settled this one
    bool running = false;  // paid out and not yet closed on the register's day

    bool inArrears() const { return daysOverdue > 0; }
};

struct LoanRegisterTotals {
    int active = 0;
    int inArrears = 0;
    Money outstanding;
    Money outstandingInArrears;  // principal of the loans in arrears

    // outstandingInArrears / outstanding in percent, exact; 0 with nothing lent.
    Ratio arrearsPercent() const;
};

// Every contract of the group, newest application first, each standing as it
// did on `asOf` (a past day shows the arrears of that day).
QList<LoanRegisterRow> loanRegister(Database& database, const QString& organisationId,
                                    const QDate& asOf);
// inArrears / outstanding in percent, exact; 0 with nothing lent.
Ratio arrearsPercent(Money inArrears, Money outstanding);

LoanRegisterTotals loanRegisterTotals(const QList<LoanRegisterRow>& rows);
// The totals alone, without the names: what a summary of many organisations needs.
LoanRegisterTotals loanTotalsOn(Database& database, const QString& organisationId,
                                const QDate& asOf);

}  // namespace thanrak
