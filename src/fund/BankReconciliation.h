#pragma once

#include "fund/CapitalPool.h"

#include <QList>
#include <QStringList>

namespace thanrak {

class Database;

// One line of a pool's bank account in the books: money in is positive.
struct BankBookLine {
    QString journalLineId;
    QDate date;
    int entryNo = 0;
    QString description;
    Money amount;
};

struct BankStatement {
    QString id;
    QString poolId;
    QDate date;
    Money balance;  // as printed in the passbook or statement
    QString note;
};

// The pool's account on a statement day: the books against the bank.
struct Reconciliation {
    CapitalPool pool;
    QDate date;
    Money statementBalance;
    Money bookBalance;               // every book line up to the day
    QList<BankBookLine> outstanding;  // book lines the bank has not shown yet
    Money outstandingTotal;

    // Book − bank; the outstanding lines explain this much of it.
    Money difference() const { return bookBalance - statementBalance; }
    // What no book line explains: bank interest or charges not yet entered,
    // or a mistake. Zero when the account is reconciled.
    Money unexplained() const { return difference() - outstandingTotal; }
};

// Bank reconciliation (กระทบยอดเงินฝากธนาคาร) of one capital pool: the
// treasurer types the statement balance and ticks the book lines the bank has
// shown; the lines not ticked are the difference's explanation.
class BankReconciliation {
public:
    explicit BankReconciliation(Database& database) : db_(database) {}

    // Book lines up to `date` not cleared by an earlier statement; `cleared`
    // are the ones the treasurer ticked now (they no longer explain anything).
    Reconciliation prepare(const QString& poolId, const QDate& date, Money statementBalance,
                           const QStringList& cleared = {});
    // Keeps the statement and the lines it cleared. Statements of a pool go
    // forward in date; a ticked line must be one of prepare()'s outstanding.
    BankStatement save(const QString& poolId, const QDate& date, Money statementBalance,
                       const QStringList& cleared, const QString& note);
    QList<BankStatement> statements(const QString& poolId);  // newest first
    // The reconciliation as it stood when `statement` was saved.
    Reconciliation ofStatement(const BankStatement& statement);

private:
    Database& db_;
};

}  // namespace thanrak
