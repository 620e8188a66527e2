#pragma once

#include "fund/CapitalPool.h"
#include "lending/LoanSchedule.h"

#include <vector>

namespace thanrak {

class Database;

// One pool on one day, from its own accounts.
struct PoolBalance {
    CapitalPool pool;
    Money held;              // its bank account: what it can still lend
    Money capital;           // capital received, or the outside loan still owed
    Money loansOutstanding;  // principal lent from it and not yet repaid
};

// A village fund's capital pools (แหล่งเงินทุน). Every call is one
// transaction; nothing is written when it throws (ValidationError for what a
// form can fix, FundError for the rest).
class PoolService {
public:
    explicit PoolService(Database& database) : db_(database) {}

    // Opens the pool with its three accounts (bank, capital or loan owed,
    // loans lent) numbered after its position: บัญชี 1 gets 1111, 1211, 3411.
    // Installs the fund's chart first when the fund has none.
    CapitalPool open(CapitalPool pool);
    // Money received into the pool: Dr pool bank / Cr pool capital. For an
    // outside loan this is the money borrowed, owed to the lender.
    PoolMovement receiveCapital(const QString& poolId, const QDate& day, Money amount,
                                const QString& source);
    // Cash taken at the office put into the pool's bank account, and back.
    PoolMovement deposit(const QString& poolId, const QDate& day, Money amount,
                         const QString& note);
    PoolMovement withdraw(const QString& poolId, const QDate& day, Money amount,
                          const QString& note);
    // Paying an outside lender: Dr loan owed (principal), Dr interest paid /
    // Cr pool bank. Not more principal than is owed, not more than it holds.
    PoolMovement repayOutsideLoan(const QString& poolId, const QDate& day, Money principal,
                                  Money interest, const QString& note);

    // Interest the bank credited to the pool's account (Cr bank interest
    // income), as found when reconciling; returns the journal entry id.
    QString bankInterest(const QString& poolId, const QDate& day, Money amount);

    PoolBalance balance(const CapitalPool& pool, const QDate& asOf);
    QList<PoolBalance> balances(const QString& organisationId, const QDate& asOf);
    // The outside loan's repayment schedule from the money first received.
    std::vector<Instalment> outsideLoanSchedule(const QString& poolId);

private:
    CapitalPool requirePool(const QString& poolId);

    Database& db_;
};

}  // namespace thanrak
