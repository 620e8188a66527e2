#pragma once

#include "demo/DemoFundActivity.h"
#include "demo/DemoFundSetup.h"

#include <QSet>

namespace thanrak::demo {

// What a borrower will do when the contract falls due, drawn when the money
// is lent so the January round knows who is still busy with an old debt.
enum class Outcome { OnTime, Renew, Late, Restructure, Unpaid };

struct OpenLoan {
    QString loanId;
    QString membershipId;
    QDate maturity;
    Outcome outcome = Outcome::OnTime;
};

struct FundLending {
    QList<OpenLoan> open;
    // Members whose debt will not be cleared on time: they sit out the round.
    QSet<QString> busy() const;
};

// Contracts falling due in `year` (up to `today`) end as drawn: repaid on the
// day, renewed after paying the interest, repaid late with the fine,
// restructured three or four months late, or left unpaid (arrears).
void settleMaturities(Database& db, std::mt19937& rng, FundLending& lending, int year,
                      const QDate& today, FundCounts& counts);

// The committee's round on one pool: applications in January, decisions on
// 10 February (within what the pool holds; a few refused, a few above the
// ordinary cap with special approval), contracts and money on 15 February.
void runRound(Database& db, std::mt19937& rng, const FundBook& book, FundLending& lending,
              const CapitalPool& pool, const QDate& opened, FundCounts& counts);

// A state-bank loan of 300,000 over two years, lent on in a special round.
void lendOutsideMoney(Database& db, std::mt19937& rng, FundBook& book, FundLending& lending,
                      const QDate& received, FundCounts& counts);

}  // namespace thanrak::demo
