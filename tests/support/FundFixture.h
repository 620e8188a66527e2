#pragma once

#include "fund/CapitalPool.h"
#include "ledger/Account.h"
#include "fund/LoanRound.h"
#include "savings/GroupRulesRepository.h"
#include "support/DomainFixture.h"

#include <QStringList>

namespace thanrak::test {

// A village fund (กองทุนหมู่บ้าน) on the savings engine: the fund's chart, rules
// from 1 Jan 2025 with the village-fund allocation policy (dividend on shares)
// and no late fines, and a round product: 6 % a year, repaid once at maturity
// after 12 months, up to 50,000, no savings multiple, no guarantors needed.
// บัญชี 1 (government money) is open with 1,000,000 baht received on
// 10 Jan 2025.
class FundFixture : public DomainFixture {
public:
    FundFixture();

    QString join(const QString& firstName, const QDate& day = QDate(2025, 1, 1));
    // A round on the government pool: applications 1–31 Jan 2025, caps 20,000
    // and 50,000, contract fee 50, risk fund 1 %.
    LoanRound openRound(const QString& poolId = {});
    // Apply in the round on 15 Jan, approve on 31 Jan and pay out; returns the loan id.
    QString lendInRound(const LoanRound& round, const QString& membershipId, Money amount,
                        const QDate& paidOn);

    Money balanceOf(const QString& accountId, const QDate& asOf = QDate(2030, 1, 1));
    Money roleBalance(AccountRole role, const QDate& asOf = QDate(2030, 1, 1));
    int rows(const char* table);
    QStringList footprint();

    Organisation fund;
    GroupRulesVersion rules;
    QString roundProduct;
    CapitalPool government;
};

}  // namespace thanrak::test
