#include "support/SavingsFixture.h"

#include "ledger/Balances.h"
#include "ledger/ChartOfAccounts.h"
#include "ledger/Journal.h"
#include "money/MoneyFormat.h"
#include "savings/LoanProductRepository.h"
#include "savings/LoanService.h"
#include "savings/MemberService.h"
#include "storage/Sql.h"

namespace thanrak::test {

SavingsFixture::SavingsFixture() {
    group = addOrganisation(QStringLiteral("SG35020101"), QStringLiteral("35020101"));
    ChartOfAccounts(db()).installDefault(group.id);
    GroupRules r = defaultGroupRules(day("2026-01-01"));
    r.depositsEnabled = true;
    rules = GroupRulesRepository(db()).save(group.id, r);
    LoanProduct ordinary;
    ordinary.name = QStringLiteral("เงินกู้สามัญ");
    ordinaryProduct = addProduct(ordinary);
    ChartOfAccounts chart(db());
    Journal(db()).post(
        {group.id,
         day("2026-01-01"),
         QStringLiteral("เงินสดยกมา"),
         QStringLiteral("manual"),
         {},
         {{chart.require(group.id, AccountRole::Cash).id, Money::fromBaht(10000), {}, {}, {}, {}},
          {chart.require(group.id, AccountRole::Reserve).id,
           {},
           Money::fromBaht(10000),
           {},
           {},
           {}}}});
}

QString SavingsFixture::join(const QString& firstName, int shares, const QDate& joined) {
    const Person person = addPerson(firstName, QStringLiteral("ทดสอบ"));
    return MemberService(db()).join({group.id, person.id, joined, shares, {}}).membership.id;
}

void SavingsFixture::openingSavings(const QString& membershipId, Money amount, const QDate& when) {
    ChartOfAccounts chart(db());
    Journal(db()).post({group.id,
                        when,
                        QStringLiteral("เงินสัจจะยกมา"),
                        QStringLiteral("manual"),
                        {},
                        {{chart.require(group.id, AccountRole::Cash).id, amount, {}, {}, {}, {}},
                         {chart.require(group.id, AccountRole::MemberSavings).id,
                          {},
                          amount,
                          membershipId,
                          {},
                          {}}}});
}

QString SavingsFixture::lend(const QString& membershipId, Money amount, int months,
                             const QDate& paidOut, const QStringList& guarantors,
                             const QString& productId) {
    LoanService loans(db());
    const QString product = productId.isEmpty() ? ordinaryProduct : productId;
    const Loan applied = loans.apply({group.id,
                                      membershipId,
                                      product,
                                      paidOut,
                                      amount,
                                      months,
                                      QStringLiteral("ซื้อปุ๋ย"),
                                      guarantors,
                                      {}});
    loans.approve(applied.id, paidOut, amount, {});
    return loans.disburse(applied.id, paidOut, DisbursementKind::Cash).loan.id;
}

QString SavingsFixture::addProduct(LoanProduct product) {
    LoanProductRepository(db()).save(group.id, product);
    return product.id;
}

Money SavingsFixture::balance(AccountRole role, const QDate& asOf) {
    return Balances(db()).accountBalance(ChartOfAccounts(db()).require(group.id, role).id, asOf);
}

Money SavingsFixture::memberBalance(AccountRole role, const QString& membershipId,
                                    const QDate& asOf) {
    return Balances(db()).memberBalance(ChartOfAccounts(db()).require(group.id, role).id,
                                        membershipId, asOf);
}

int SavingsFixture::rows(const char* table) {
    return sql::scalar(db().connection(),
                       QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
        .toInt();
}

QStringList SavingsFixture::footprint() {
    QStringList counts;
    for (const char* table :
         {"journal_entries", "journal_lines", "receipts", "receipt_lines", "meetings", "loans",
          "loan_instalments", "memberships", "member_pledges"})
        counts << QStringLiteral("%1=%2").arg(QLatin1String(table)).arg(rows(table));
    const QVariant left =
        sql::scalar(db().connection(),
                    QStringLiteral("SELECT count(*) FROM memberships WHERE left_on IS NOT NULL"));
    counts << QStringLiteral("left=%1").arg(left.toInt());
    counts << sql::scalar(
                  db().connection(),
                  QStringLiteral("SELECT group_concat(status, ',') FROM (SELECT status FROM loans "
                                 "ORDER BY id)"))
                  .toString();
    return counts;
}

Money money(const char* text) {
    return parseMoney(QString::fromUtf8(text));
}

QDate day(const char* iso) {
    return QDate::fromString(QString::fromUtf8(iso), Qt::ISODate);
}

LoanProduct emergencyProduct() {
    LoanProduct p;
    p.name = QStringLiteral("เงินกู้ฉุกเฉิน");
    p.savingsMultiple = Ratio();
    p.absoluteCap = Money::fromBaht(3000);
    p.maxMonths = 3;
    return p;
}

}  // namespace thanrak::test
