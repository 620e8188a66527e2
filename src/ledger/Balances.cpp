#include "ledger/Balances.h"

#include "ledger/ChartOfAccounts.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <algorithm>

namespace thanrak {

namespace {
Money natural(AccountType type, Money debit, Money credit) {
    return isDebitNormal(type) ? debit - credit : credit - debit;
}
}  // namespace

TrialBalance Balances::trialBalance(const QString& organisationId, const QDate& asOf) {
    QSqlQuery q = sql::run(db_.connection(),
                           QStringLiteral("SELECT l.account_id, sum(l.debit), sum(l.credit) FROM "
                                          "journal_lines l JOIN journal_entries e ON e.id = l.entry_id "
                                          "WHERE e.organisation_id = ? AND e.entry_date <= ? "
                                          "GROUP BY l.account_id"),
                           {organisationId, asOf.toString(Qt::ISODate)});
    QHash<QString, std::pair<Money, Money>> sums;
    while (q.next())
        sums.insert(q.value(0).toString(), {Money::fromSatang(q.value(1).toLongLong()),
                                            Money::fromSatang(q.value(2).toLongLong())});
    TrialBalance result;
    for (const Account& account : ChartOfAccounts(db_).accounts(organisationId)) {
        if (!sums.contains(account.id))
            continue;
        const auto [debit, credit] = sums.value(account.id);
        result.rows.append({account, debit, credit, natural(account.type, debit, credit)});
        result.totalDebit += debit;
        result.totalCredit += credit;
    }
    return result;
}

Money Balances::accountBalance(const QString& accountId, const QDate& asOf) {
    const std::optional<Account> account = ChartOfAccounts(db_).find(accountId);
    if (!account)
        return {};
    QSqlQuery q = sql::run(db_.connection(),
                           QStringLiteral("SELECT coalesce(sum(l.debit), 0), coalesce(sum(l.credit), 0) "
                                          "FROM journal_lines l JOIN journal_entries e ON "
                                          "e.id = l.entry_id WHERE l.account_id = ? AND e.entry_date <= ?"),
                           {accountId, asOf.toString(Qt::ISODate)});
    q.next();
    return natural(account->type, Money::fromSatang(q.value(0).toLongLong()),
                   Money::fromSatang(q.value(1).toLongLong()));
}

Money Balances::lowestBalanceFrom(const QString& accountId, const QDate& from) {
    const std::optional<Account> account = ChartOfAccounts(db_).find(accountId);
    if (!account)
        return {};
    // One pass over the account's days: the balance on `from`, then the
    // lowest it reaches on any later day already posted.
    QSqlQuery q = sql::run(db_.connection(),
                           QStringLiteral("SELECT e.entry_date > ?, sum(l.debit), sum(l.credit) "
                                          "FROM journal_lines l JOIN journal_entries e ON "
                                          "e.id = l.entry_id WHERE l.account_id = ? GROUP BY "
                                          "e.entry_date ORDER BY e.entry_date"),
                           {from.toString(Qt::ISODate), accountId});
    Money running;
    std::optional<Money> lowest;
    while (q.next()) {
        const bool later = q.value(0).toInt() == 1;
        if (later && !lowest)
            lowest = running;  // the balance on `from` itself
        running += natural(account->type, Money::fromSatang(q.value(1).toLongLong()),
                           Money::fromSatang(q.value(2).toLongLong()));
        if (later)
            lowest = std::min(*lowest, running);
    }
    return lowest ? std::min(*lowest, running) : running;
}

Money Balances::memberBalance(const QString& accountId, const QString& membershipId, const QDate& asOf) {
    const std::optional<Account> account = ChartOfAccounts(db_).find(accountId);
    if (!account)
        return {};
    QSqlQuery q = sql::run(db_.connection(),
                           QStringLiteral("SELECT coalesce(sum(l.debit), 0), coalesce(sum(l.credit), 0) "
                                          "FROM journal_lines l JOIN journal_entries e ON "
                                          "e.id = l.entry_id WHERE l.account_id = ? AND "
                                          "l.membership_id = ? AND e.entry_date <= ?"),
                           {accountId, membershipId, asOf.toString(Qt::ISODate)});
    q.next();
    return natural(account->type, Money::fromSatang(q.value(0).toLongLong()),
                   Money::fromSatang(q.value(1).toLongLong()));
}

CashBook Balances::cashBook(const QString& organisationId, const QDate& from, const QDate& to) {
    const std::optional<Account> cash = ChartOfAccounts(db_).byRole(organisationId, AccountRole::Cash);
    if (!cash)
        return {};
    return accountStatement(cash->id, {}, from, to);
}

CashBook Balances::memberStatement(const QString& accountId, const QString& membershipId,
                                   const QDate& from, const QDate& to) {
    return accountStatement(accountId, membershipId, from, to);
}

CashBook Balances::accountStatement(const QString& accountId, const QString& membershipId,
                                    const QDate& from, const QDate& to) {
    CashBook book;
    const std::optional<Account> account = ChartOfAccounts(db_).find(accountId);
    if (!account)
        return book;
    const bool oneMember = !membershipId.isEmpty();
    book.opening = oneMember ? memberBalance(accountId, membershipId, from.addDays(-1))
                             : accountBalance(accountId, from.addDays(-1));
    QVariantList values = {accountId, from.toString(Qt::ISODate), to.toString(Qt::ISODate)};
    if (oneMember)
        values.append(membershipId);
    QSqlQuery q = sql::runList(db_.connection(),
                           QStringLiteral("SELECT e.entry_date, e.entry_no, e.description, "
                                          "sum(l.debit), sum(l.credit) FROM journal_lines l JOIN "
                                          "journal_entries e ON e.id = l.entry_id WHERE "
                                          "l.account_id = ? AND e.entry_date BETWEEN ? AND ? %1"
                                          "GROUP BY e.id ORDER BY e.entry_date, e.entry_no")
                               .arg(oneMember ? QStringLiteral("AND l.membership_id = ? ")
                                              : QString()),
                           values);
    const bool debitNormal = isDebitNormal(account->type);
    Money running = book.opening;
    while (q.next()) {
        const Money debit = Money::fromSatang(q.value(3).toLongLong());
        const Money credit = Money::fromSatang(q.value(4).toLongLong());
        const Money up = debitNormal ? debit : credit;
        const Money down = debitNormal ? credit : debit;
        running += up - down;
        book.rows.append({QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toInt(),
                          q.value(2).toString(), up, down, running});
    }
    book.closing = running;
    return book;
}

}  // namespace thanrak
