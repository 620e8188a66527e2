#pragma once

#include "ledger/Account.h"
#include "money/Money.h"

#include <QDate>
#include <QList>

namespace thanrak {

class Database;

struct TrialBalanceRow {
    Account account;
    Money debit;    // total debits up to the date
    Money credit;   // total credits up to the date
    Money balance;  // on the account's normal side: positive is the usual state
};

struct TrialBalance {
    QList<TrialBalanceRow> rows;  // accounts with any movement, by code
    Money totalDebit;
    Money totalCredit;
    bool balanced() const { return totalDebit == totalCredit; }
};

struct CashBookRow {
    QDate date;
    int entryNo = 0;
    QString description;
    Money receipt;
    Money payment;
    Money balance;  // running cash balance after this entry
};

struct CashBook {
    Money opening;
    QList<CashBookRow> rows;
    Money closing;
};

// Read-only sums over posted lines; nothing here writes.
class Balances {
public:
    explicit Balances(Database& database) : db_(database) {}

    TrialBalance trialBalance(const QString& organisationId, const QDate& asOf);
    // Balance of one account on its normal side, up to and including asOf.
    Money accountBalance(const QString& accountId, const QDate& asOf);
    // The least the account holds on any day from `from` on, counting entries
    // dated later that are already posted: what can still be paid out on
    // `from` without the account going below zero on some later day.
    Money lowestBalanceFrom(const QString& accountId, const QDate& from);
    // A member's balance on a per-member account (savings, loans, ...).
    Money memberBalance(const QString& accountId, const QString& membershipId, const QDate& asOf);
    // Receipts and payments through the cash account (สมุดเงินสด).
    CashBook cashBook(const QString& organisationId, const QDate& from, const QDate& to);
    // One member's lines on a per-member account (a passbook page): `receipt`
    // is what added to the balance on the account's normal side, `payment`
    // what took from it.
    CashBook memberStatement(const QString& accountId, const QString& membershipId,
                             const QDate& from, const QDate& to);
    // Every line of one account from–to (a pool's bank book); with a
    // membership id, that member's lines only.
    CashBook accountStatement(const QString& accountId, const QString& membershipId,
                              const QDate& from, const QDate& to);

private:
    Database& db_;
};

}  // namespace thanrak
