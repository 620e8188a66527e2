#pragma once

#include <QString>

namespace thanrak {

class Database;
struct Loan;

// The two accounts a loan moves between.
struct LoanAccounts {
    QString receivableId;  // the borrower's debt
    QString moneyId;       // where the money leaves from and comes back to
    QString poolName;      // empty for the group's own cash
};

// A savings group lends its cash and books the debt on its loans receivable.
// A village fund lends from a named capital pool: the pool's bank account
// pays and is repaid, and the debt sits on the pool's loans account, so each
// pool's books show what it has lent.
LoanAccounts loanAccounts(Database& db, const Loan& loan);

}  // namespace thanrak
