#include "ledger/ChartOfAccounts.h"

#include "base/Ids.h"
#include "ledger/LedgerError.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Ledger)
};

const QString kColumns =
    QStringLiteral("id, organisation_id, code, name, type, role, per_member, active");

Account readAccount(const QSqlQuery& q) {
    Account a;
    a.id = q.value(0).toString();
    a.organisationId = q.value(1).toString();
    a.code = q.value(2).toString();
    a.name = q.value(3).toString();
    a.type = accountTypeFromKey(q.value(4).toString()).value_or(AccountType::Asset);
    if (!q.value(5).isNull())
        a.role = accountRoleFromKey(q.value(5).toString());
    a.perMember = q.value(6).toInt() == 1;
    a.active = q.value(7).toInt() == 1;
    return a;
}

void insertAccount(QSqlDatabase& db, const Account& a, const QString& now) {
    sql::run(db,
             QStringLiteral("INSERT INTO accounts (id, organisation_id, code, name, type, role, "
                            "per_member, active, created_at, updated_at) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {a.id, a.organisationId, a.code, a.name, accountTypeKey(a.type),
              a.role ? QVariant(accountRoleKey(*a.role)) : QVariant(QMetaType::fromType<QString>()),
              a.perMember ? 1 : 0, a.active ? 1 : 0, now, now},
             Text::tr("การบันทึกผังบัญชี"));
}
}  // namespace

QList<AccountTemplate> savingsGroupChart() {
    using R = AccountRole;
    using T = AccountType;
    return {
        {QStringLiteral("1101"), Text::tr("เงินสด"), T::Asset, R::Cash, false},
        {QStringLiteral("1102"), Text::tr("เงินฝากธนาคาร"), T::Asset, R::Bank, false},
        {QStringLiteral("1201"), Text::tr("ลูกหนี้เงินกู้สมาชิก"), T::Asset, R::LoansReceivable, true},
        {QStringLiteral("2101"), Text::tr("เงินสัจจะสะสมของสมาชิก"), T::Liability, R::MemberSavings,
         true},
        {QStringLiteral("2102"), Text::tr("เงินฝากของสมาชิก"), T::Liability, R::MemberDeposits, true},
        {QStringLiteral("2201"), Text::tr("เงินปันผลและเฉลี่ยคืนค้างจ่าย"), T::Liability,
         R::AllocationPayable, true},
        {QStringLiteral("2202"), Text::tr("เงินจัดสรรตามหมวดค้างจ่าย"), T::Liability, R::HeadsPayable,
         false},
        {QStringLiteral("3101"), Text::tr("ทุนเรือนหุ้น"), T::Equity, R::MemberShares, true},
        {QStringLiteral("3201"), Text::tr("ทุนสำรอง"), T::Equity, R::Reserve, false},
        {QStringLiteral("3301"), Text::tr("กำไรสุทธิรอการจัดสรร"), T::Equity, R::CurrentProfit, false},
        {QStringLiteral("4101"), Text::tr("รายได้ดอกเบี้ยเงินกู้"), T::Income, R::InterestIncome, false},
        {QStringLiteral("4102"), Text::tr("รายได้ค่าปรับ"), T::Income, R::FineIncome, false},
        {QStringLiteral("4103"), Text::tr("รายได้ค่าธรรมเนียมแรกเข้า"), T::Income, R::FeeIncome, false},
        {QStringLiteral("4104"), Text::tr("ดอกเบี้ยเงินฝากธนาคาร"), T::Income, R::BankInterestIncome,
         false},
        {QStringLiteral("4109"), Text::tr("รายได้อื่น"), T::Income, R::OtherIncome, false},
        {QStringLiteral("5101"), Text::tr("ค่าเครื่องเขียนและแบบพิมพ์"), T::Expense, std::nullopt, false},
        {QStringLiteral("5102"), Text::tr("ค่าใช้จ่ายในการประชุม"), T::Expense, std::nullopt, false},
        {QStringLiteral("5103"), Text::tr("ค่าธรรมเนียมธนาคาร"), T::Expense, std::nullopt, false},
        {QStringLiteral("5109"), Text::tr("ค่าใช้จ่ายอื่น"), T::Expense, R::OtherExpense, false},
    };
}

int ChartOfAccounts::installDefault(const QString& organisationId) {
    QSqlDatabase& db = db_.connection();
    Transaction transaction(db);
    if (sql::scalar(db, QStringLiteral("SELECT 1 FROM accounts WHERE organisation_id = ?"),
                    {organisationId})
            .isValid())
        return 0;
    const QString now = nowUtc();
    int made = 0;
    for (const AccountTemplate& t : savingsGroupChart()) {
        insertAccount(
            db, {newUuid(), organisationId, t.code, t.name, t.type, t.role, t.perMember, true},
            now);
        ++made;
    }
    transaction.commit();
    return made;
}

int ChartOfAccounts::installMissing(const QString& organisationId,
                                    const QList<AccountTemplate>& templates) {
    QSqlDatabase& db = db_.connection();
    Transaction transaction(db);
    const QString now = nowUtc();
    int made = 0;
    for (const AccountTemplate& t : templates) {
        if (sql::scalar(db,
                        QStringLiteral("SELECT 1 FROM accounts WHERE organisation_id = ? AND code = ?"),
                        {organisationId, t.code})
                .isValid())
            continue;
        insertAccount(
            db, {newUuid(), organisationId, t.code, t.name, t.type, t.role, t.perMember, true},
            now);
        ++made;
    }
    transaction.commit();
    return made;
}

QList<Account> ChartOfAccounts::accounts(const QString& organisationId) {
    QSqlQuery q = sql::run(db_.connection(),
                           QStringLiteral("SELECT %1 FROM accounts WHERE organisation_id = ? "
                                          "ORDER BY code")
                               .arg(kColumns),
                           {organisationId});
    QList<Account> result;
    while (q.next()) result.append(readAccount(q));
    return result;
}

std::optional<Account> ChartOfAccounts::find(const QString& accountId) {
    QSqlQuery q =
        sql::run(db_.connection(),
                 QStringLiteral("SELECT %1 FROM accounts WHERE id = ?").arg(kColumns), {accountId});
    return q.next() ? std::optional(readAccount(q)) : std::nullopt;
}

std::optional<Account> ChartOfAccounts::byRole(const QString& organisationId, AccountRole role) {
    QSqlQuery q = sql::run(db_.connection(),
                           QStringLiteral("SELECT %1 FROM accounts WHERE organisation_id = ? AND "
                                          "role = ?")
                               .arg(kColumns),
                           {organisationId, accountRoleKey(role)});
    return q.next() ? std::optional(readAccount(q)) : std::nullopt;
}

Account ChartOfAccounts::require(const QString& organisationId, AccountRole role) {
    if (std::optional<Account> account = byRole(organisationId, role))
        return *account;
    QString name = accountRoleKey(role);
    for (const AccountTemplate& t : savingsGroupChart())
        if (t.role == role)
            name = t.name;
    throw LedgerError(QStringLiteral("ledger.account"),
                      Text::tr("ผังบัญชีขององค์กรนี้ไม่มีบัญชี \"%1\" กรุณาเพิ่มบัญชีในผังบัญชีก่อน").arg(name));
}

void ChartOfAccounts::add(Account& account) {
    QSqlDatabase& db = db_.connection();
    Transaction transaction(db);
    if (account.code.trimmed().isEmpty() || account.name.trimmed().isEmpty())
        throw LedgerError(QStringLiteral("ledger.account"), Text::tr("กรุณาใส่รหัสและชื่อบัญชี"));
    if (sql::scalar(db,
                    QStringLiteral("SELECT 1 FROM accounts WHERE organisation_id = ? AND code = ?"),
                    {account.organisationId, account.code.trimmed()})
            .isValid())
        throw LedgerError(QStringLiteral("ledger.account"),
                          Text::tr("มีบัญชีรหัส %1 อยู่แล้ว").arg(account.code.trimmed()));
    account.id = newUuid();
    account.code = account.code.trimmed();
    account.name = account.name.trimmed();
    insertAccount(db, account, nowUtc());
    transaction.commit();
}

}  // namespace thanrak
