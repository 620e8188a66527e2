#pragma once

#include "ledger/Account.h"
#include "ledger/Journal.h"
#include "support/DomainFixture.h"

namespace thanrak::test {

// A savings group with the default chart and two members, A and B.
class LedgerFixture : public DomainFixture {
public:
    LedgerFixture();

    QString account(AccountRole role);
    Money baht(qint64 amount) const { return Money::fromBaht(amount); }
    JournalLine debit(AccountRole role, Money amount, const QString& membershipId = {});
    JournalLine credit(AccountRole role, Money amount, const QString& membershipId = {});
    PostedEntry post(const QDate& date, const QString& description, QList<JournalLine> lines);
    int entryCount();

    Organisation group;
    QString memberA;
    QString memberB;
};

}  // namespace thanrak::test
