#include "savings/YearEndLedger.h"

#include "domain/MembershipRepository.h"
#include "domain/RowMapping.h"
#include "ledger/ChartOfAccounts.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QHash>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Savings)
};

// Leaves out the year-end postings (see YearEndLedger) from any sum of lines.
const QString kNotYearEnd = QStringLiteral(
    "e.source <> 'allocation' AND NOT (e.source = 'reversal' AND e.source_id IN "
    "(SELECT id FROM journal_entries WHERE source = 'allocation'))");

Money satangAt(const QSqlQuery& q, int column) {
    return Money::fromSatang(q.value(column).toLongLong());
}

// Σ (credit − debit) per member on one account, for lines dated in [from, to].
QHash<QString, Money> creditsByMember(Database& db, const QString& accountId, const QDate& from,
                                      const QDate& to) {
    QSqlQuery q = sql::run(
        db.connection(),
        QStringLiteral("SELECT l.membership_id, coalesce(sum(l.credit), 0) - "
                       "coalesce(sum(l.debit), 0) FROM journal_lines l JOIN journal_entries e ON "
                       "e.id = l.entry_id WHERE l.account_id = ? AND l.membership_id IS NOT NULL "
                       "AND e.entry_date BETWEEN ? AND ? AND %1 GROUP BY l.membership_id")
            .arg(kNotYearEnd),
        {accountId, rows::dateValue(from), rows::dateValue(to)}, Text::tr("การอ่านยอดสมาชิกประจำปี"));
    QHash<QString, Money> sums;
    while (q.next()) sums.insert(rows::text(q, 0), satangAt(q, 1));
    return sums;
}

// Net savings movement per member and month (0–11) of the year. Every
// posting to savings counts here, including last year's dividends added to
// savings: once added they are savings like any other.
QHash<QString, std::array<Money, 12>> monthlySavings(Database& db, const QString& accountId,
                                                     int year) {
    QSqlQuery q = sql::run(
        db.connection(),
        QStringLiteral("SELECT l.membership_id, CAST(substr(e.entry_date, 6, 2) AS INTEGER), "
                       "coalesce(sum(l.credit), 0) - coalesce(sum(l.debit), 0) FROM journal_lines "
                       "l JOIN journal_entries e ON e.id = l.entry_id WHERE l.account_id = ? AND "
                       "l.membership_id IS NOT NULL AND e.entry_date BETWEEN ? AND ? "
                       "GROUP BY 1, 2"),
        {accountId, rows::dateValue(firstDayOfYear(year)), rows::dateValue(lastDayOfYear(year))},
        Text::tr("การอ่านเงินสัจจะรายเดือน"));
    QHash<QString, std::array<Money, 12>> months;
    while (q.next()) months[rows::text(q, 0)][q.value(1).toInt() - 1] = satangAt(q, 2);
    return months;
}

QHash<QString, Money> openingSavings(Database& db, const QString& accountId, int year) {
    QSqlQuery q = sql::run(
        db.connection(),
        QStringLiteral("SELECT l.membership_id, coalesce(sum(l.credit), 0) - "
                       "coalesce(sum(l.debit), 0) FROM journal_lines l JOIN journal_entries e ON "
                       "e.id = l.entry_id WHERE l.account_id = ? AND l.membership_id IS NOT NULL "
                       "AND e.entry_date < ? GROUP BY l.membership_id"),
        {accountId, rows::dateValue(firstDayOfYear(year))}, Text::tr("การอ่านเงินสัจจะยกมา"));
    QHash<QString, Money> sums;
    while (q.next()) sums.insert(rows::text(q, 0), satangAt(q, 1));
    return sums;
}
}  // namespace

QDate firstDayOfYear(int year) {
    return QDate(year, 1, 1);
}

QDate lastDayOfYear(int year) {
    return QDate(year, 12, 31);
}

QList<YearAccountTotal> YearEndLedger::profitAndLoss(const QString& organisationId, int year) {
    return profitAndLoss(organisationId, firstDayOfYear(year), lastDayOfYear(year));
}

QList<YearAccountTotal> YearEndLedger::profitAndLoss(const QString& organisationId,
                                                     const QDate& from, const QDate& to) {
    QSqlQuery q = sql::run(
        db_.connection(),
        QStringLiteral("SELECT l.account_id, coalesce(sum(l.debit), 0), coalesce(sum(l.credit), 0) "
                       "FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id JOIN "
                       "accounts a ON a.id = l.account_id WHERE e.organisation_id = ? AND "
                       "a.type IN ('income', 'expense') AND e.entry_date BETWEEN ? AND ? AND %1 "
                       "GROUP BY l.account_id")
            .arg(kNotYearEnd),
        {organisationId, rows::dateValue(from), rows::dateValue(to)},
        Text::tr("การอ่านรายได้และค่าใช้จ่าย"));
    QHash<QString, std::pair<Money, Money>> sums;
    while (q.next()) sums.insert(rows::text(q, 0), {satangAt(q, 1), satangAt(q, 2)});
    QList<YearAccountTotal> totals;
    for (const Account& account : ChartOfAccounts(db_).accounts(organisationId)) {
        const auto found = sums.constFind(account.id);
        if (found == sums.constEnd())
            continue;
        const auto [debit, credit] = *found;
        const Money amount = isDebitNormal(account.type) ? debit - credit : credit - debit;
        if (!amount.isZero())
            totals.append({account, amount});
    }
    return totals;
}

Money YearEndLedger::netProfit(const QList<YearAccountTotal>& totals) {
    Money profit;
    for (const YearAccountTotal& t : totals)
        profit += t.account.type == AccountType::Income ? t.amount : -t.amount;
    return profit;
}

AllocationInput YearEndLedger::input(const QString& organisationId, int year,
                                     DividendBalance on) {
    ChartOfAccounts chart(db_);
    const AccountRole basis =
        on == DividendBalance::Shares ? AccountRole::MemberShares : AccountRole::MemberSavings;
    const QString savings = chart.require(organisationId, basis).id;
    const QString interest = chart.require(organisationId, AccountRole::InterestIncome).id;
    const QHash<QString, Money> opening = openingSavings(db_, savings, year);
    const QHash<QString, std::array<Money, 12>> months = monthlySavings(db_, savings, year);
    const QHash<QString, Money> interestPaid =
        creditsByMember(db_, interest, firstDayOfYear(year), lastDayOfYear(year));
    AllocationInput input;
    input.year = year;
    input.netProfit = netProfit(profitAndLoss(organisationId, year));
    for (const MemberRow& row : MembershipRepository(db_).members(organisationId, true)) {
        const Membership& m = row.membership;
        if (!m.activeOn(lastDayOfYear(year)))
            continue;
        input.members.push_back(
            {m.id, opening.value(m.id), months.value(m.id), interestPaid.value(m.id)});
    }
    return input;
}

}  // namespace thanrak
