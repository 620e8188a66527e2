#pragma once

#include "domain/Validation.h"
#include "lending/InterestMethod.h"
#include "lending/LoanTerms.h"
#include "money/Money.h"
#include "money/Ratio.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace thanrak {

// Where a village fund's money comes from (DOMAIN.md §3). Every pool keeps
// its own bank account and books, and lends only what it holds.
enum class PoolKind {
    Government,   // เงินงบประมาณจากรัฐ: the 1,000,000 baht of บัญชี 1 and later increases
    Project,      // เงินโครงการ such as ประชารัฐ
    Own,          // เงินทุนของกองทุนเอง: shares, sajja, fees, accumulated profit
    OutsideLoan,  // เงินกู้ยืมจากแหล่งภายนอก, e.g. a state bank
};

QList<PoolKind> allPoolKinds();
QString poolKindKey(PoolKind kind);  // "government", as stored
std::optional<PoolKind> poolKindFromKey(const QString& key);
QString poolKindLabel(PoolKind kind);  // Thai

// What the fund owes an outside lender, and on what terms.
struct OutsideLoanTerms {
    QString lender;
    Ratio ratePercent;  // percentage points per ratePeriod
    RatePeriod ratePeriod = RatePeriod::Year;
    int months = 12;
    InterestMethod method = InterestMethod::Maturity;
};

struct CapitalPool {
    QString id;
    QString organisationId;
    int position = 0;  // order on screens and reports: บัญชี 1 first
    PoolKind kind = PoolKind::Government;
    QString name;
    QString bankName;
    QString bankAccountNo;
    QDate openedOn;
    QString bankAccountId;     // ledger: the pool's bank account (asset)
    QString capitalAccountId;  // ledger: its capital, or the outside loan owed
    QString loansAccountId;    // ledger: loans lent to members from it
    std::optional<OutsideLoanTerms> outsideLoan;
    QString notes;
};

// What one movement of money into or out of a pool is.
enum class PoolMovementKind {
    Capital,           // money received: a grant, a capital increase, an outside loan
    OutsideRepayment,  // principal (and interest) paid back to an outside lender
    Deposit,           // cash put into the pool's bank account
    Withdrawal,        // cash taken out of it
};

QString poolMovementKindKey(PoolMovementKind kind);
std::optional<PoolMovementKind> poolMovementKindFromKey(const QString& key);
QString poolMovementKindLabel(PoolMovementKind kind);  // Thai

struct PoolMovement {
    QString id;
    QString poolId;
    QDate date;
    PoolMovementKind kind = PoolMovementKind::Capital;
    Money amount;
    Money interest;  // OutsideRepayment only
    QString source;  // where the money came from or what it was for, as typed
    QString entryId;
};

// Rules that need no database: name, dates, and an outside loan's terms.
FieldProblems validatePool(const CapitalPool& pool);

// The terms of an outside loan of `principal` received on `start`, for its
// repayment schedule.
LoanTerms outsideLoanTerms(const OutsideLoanTerms& terms, Money principal, const QDate& start);

}  // namespace thanrak
