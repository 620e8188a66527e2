#pragma once

#include "ledger/Account.h"
#include "money/Money.h"
#include "savings/GroupRulesRepository.h"
#include "savings/LoanProduct.h"
#include "support/DomainFixture.h"

#include <QDate>
#include <QStringList>

namespace thanrak::test {

// A savings group with the default chart, the default rules from 1 Jan 2026
// (50 baht a share, 1–20 shares, fee 20, collection on the 5th, late sajja
// 10 baht, late instalment 1 %) with deposits allowed, 10,000 baht of cash
// brought forward, and an ordinary loan product: 2 × savings up to 50,000,
// 12 months, 1 %/month equal principal, 2 guarantors above 10,000.
class SavingsFixture : public DomainFixture {
public:
    SavingsFixture();

    // A new person joins with `shares` pledged; returns the membership id.
    QString join(const QString& firstName, int shares, const QDate& day);
    // Savings brought forward for a member (Dr cash / Cr member savings).
    void openingSavings(const QString& membershipId, Money amount, const QDate& day);
    // Apply, approve and pay out in cash; returns the loan id.
    QString lend(const QString& membershipId, Money amount, int months, const QDate& day,
                 const QStringList& guarantors = {}, const QString& productId = {});
    QString addProduct(LoanProduct product);

    Money balance(AccountRole role, const QDate& asOf = QDate(2030, 1, 1));
    Money memberBalance(AccountRole role, const QString& membershipId,
                        const QDate& asOf = QDate(2030, 1, 1));
    int rows(const char* table);
    // Row counts of every table a posting writes, to show nothing changed.
    QStringList footprint();

    Organisation group;
    GroupRulesVersion rules;
    QString ordinaryProduct;
};

// เงินกู้ฉุกเฉิน: no savings needed (no multiple), up to 3,000 baht over at
// most 3 months, 1 %/month equal principal: for members who saved nothing yet.
LoanProduct emergencyProduct();

// "1,055.82" -> Money; "2026-01-05" -> QDate.
Money money(const char* text);
QDate day(const char* iso);

}  // namespace thanrak::test
