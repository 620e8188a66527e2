#pragma once

#include "allocation/AllocationInput.h"
#include "allocation/AllocationPolicy.h"
#include "ledger/Account.h"
#include "money/Money.h"

#include <QDate>
#include <QList>
#include <QString>

namespace thanrak {

class Database;

// The accounting year is the calendar year (DOMAIN.md §2: "a calendar year
// is common"); month 1 of the allocation input is January.
QDate firstDayOfYear(int year);
QDate lastDayOfYear(int year);

// One income or expense account's result for the year, on its normal side:
// income earned (credit − debit) or expense spent (debit − credit).
struct YearAccountTotal {
    Account account;
    Money amount;
};

// What the books say about one organisation's accounting year. Read-only.
//
// Every posted entry dated in the year counts except the year-end postings
// themselves (source "allocation", and reversals of them): the closing entry
// of last year is usually dated early this year and must not count as this
// year's result, and this year's closing must not cancel itself.
class YearEndLedger {
public:
    explicit YearEndLedger(Database& database) : db_(database) {}

    // Income and expense accounts with a non-zero result in the year, by code.
    QList<YearAccountTotal> profitAndLoss(const QString& organisationId, int year);
    // The same for any stretch of days (an income statement of a quarter).
    QList<YearAccountTotal> profitAndLoss(const QString& organisationId, const QDate& from,
                                          const QDate& to);
    // Σ income − Σ expenses of profitAndLoss; negative for a loss.
    static Money netProfit(const QList<YearAccountTotal>& totals);

    // The allocation input: the net profit, and for every member active on the
    // last day of the year (in member-number order) the sajja savings brought
    // forward, each month's net movement, and the loan interest they paid in
    // the year (InterestIncome lines carry the payer's membership id). A
    // member who left during the year was paid out and takes no share.
    // A village fund counts the dividend on shares instead of sajja (`on`).
    AllocationInput input(const QString& organisationId, int year,
                          DividendBalance on = DividendBalance::Savings);

private:
    Database& db_;
};

}  // namespace thanrak
