#pragma once

#include "fund/CapitalPool.h"
#include "domain/Organisation.h"

#include <QDate>
#include <QList>
#include <QString>

#include <random>

namespace thanrak {
class Database;
}

namespace thanrak::demo {

// What the demo story keeps about one village fund while it writes its years.
struct FundBook {
    QString organisationId;
    QString roundProductId;  // 12 months, repaid once at maturity
    CapitalPool government;  // บัญชี 1
    CapitalPool own;         // บัญชี 2: shares and the fund's own money
    QList<CapitalPool> lendingPools;  // government, and project money where the fund has it
    std::optional<CapitalPool> outsideLoan;
    int index = 0;  // the fund's place in code order, for which funds get what

    // One fund in six is run less well: more arrears, a lower grade.
    bool weak() const { return index % 6 == 5; }
};

// The fund's chart and regulation from `booksFrom` (allocation by the
// village-fund policy, member returns on shares), its loan product, and its
// pools with the money brought forward: 1,000,000 in บัญชี 1, the members'
// shares in บัญชี 2, and for every fifth fund 300,000 of ประชารัฐ project money.
FundBook setUpFund(Database& database, std::mt19937& rng, const Organisation& fund, int index,
                   const QDate& booksFrom);

}  // namespace thanrak::demo
