#include "fund/BankReconciliation.h"

#include "base/Ids.h"
#include "domain/RowMapping.h"
#include "fund/FundError.h"
#include "fund/PoolRepository.h"
#include "ledger/Balances.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "thai/ThaiDate.h"

#include <QCoreApplication>
#include <QSet>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Fund)
};

CapitalPool requirePool(Database& db, const QString& poolId) {
    const std::optional<CapitalPool> pool = PoolRepository(db).find(poolId);
    if (!pool)
        throw FundError(QStringLiteral("fund.pool"), Text::tr("ไม่พบแหล่งเงินทุนนี้ในไฟล์"));
    return *pool;
}

// Book lines of the account up to `date` that no statement had cleared by
// then: not cleared at all, cleared by `statementId` itself, or (when
// looking back at a saved statement) cleared by a later statement. Oldest first.
QList<BankBookLine> bookLines(Database& db, const QString& accountId, const QDate& date,
                              const QString& statementId = {}) {
    QSqlQuery q = sql::run(
        db.connection(),
        QStringLiteral(
            "SELECT jl.id, e.entry_date, e.entry_no, e.description, jl.debit - jl.credit "
            "FROM journal_lines jl JOIN journal_entries e ON e.id = jl.entry_id "
            "LEFT JOIN bank_statement_lines b ON b.journal_line_id = jl.id "
            "LEFT JOIN bank_statements s ON s.id = b.statement_id "
            "WHERE jl.account_id = ? AND e.entry_date <= ? AND "
            "(b.statement_id IS NULL OR b.statement_id = ? OR "
            "(? <> '' AND s.statement_date > ?)) "
            "ORDER BY e.entry_date, e.entry_no, jl.line_no"),
        {accountId, rows::dateValue(date), statementId, statementId, rows::dateValue(date)},
        Text::tr("การอ่านรายการเงินฝากธนาคาร"));
    QList<BankBookLine> lines;
    while (q.next())
        lines.append({rows::text(q, 0), rows::date(q, 1), q.value(2).toInt(), rows::text(q, 3),
                      Money::fromSatang(q.value(4).toLongLong())});
    return lines;
}

Reconciliation reconcile(Database& db, const CapitalPool& pool, const QDate& date,
                         Money statementBalance, const QList<BankBookLine>& candidates,
                         const QSet<QString>& cleared) {
    Reconciliation r;
    r.pool = pool;
    r.date = date;
    r.statementBalance = statementBalance;
    r.bookBalance = Balances(db).accountBalance(pool.bankAccountId, date);
    for (const BankBookLine& line : candidates) {
        if (cleared.contains(line.journalLineId))
            continue;
        r.outstanding.append(line);
        r.outstandingTotal += line.amount;
    }
    return r;
}
}  // namespace

Reconciliation BankReconciliation::prepare(const QString& poolId, const QDate& date,
                                           Money statementBalance, const QStringList& cleared) {
    const CapitalPool pool = requirePool(db_, poolId);
    return reconcile(db_, pool, date, statementBalance, bookLines(db_, pool.bankAccountId, date),
                     QSet<QString>(cleared.begin(), cleared.end()));
}

BankStatement BankReconciliation::save(const QString& poolId, const QDate& date,
                                       Money statementBalance, const QStringList& cleared,
                                       const QString& note) {
    QSqlDatabase& db = db_.connection();
    Transaction transaction(db);
    const CapitalPool pool = requirePool(db_, poolId);
    if (!date.isValid())
        throw FundError(QStringLiteral("fund.statement"), Text::tr("กรุณาใส่วันที่ของยอดในสมุดบัญชีธนาคาร"));
    const QDate last = QDate::fromString(
        sql::scalar(db,
                    QStringLiteral("SELECT max(statement_date) FROM bank_statements WHERE pool_id = ?"),
                    {poolId})
            .toString(),
        Qt::ISODate);
    if (last.isValid() && date <= last)
        throw FundError(QStringLiteral("fund.statement"),
                        Text::tr("บัญชีนี้กระทบยอดถึงวันที่ %1 แล้ว วันที่ของยอดใหม่ต้องหลังจากนั้น")
                            .arg(formatThaiDate(last)));
    QSet<QString> open;
    for (const BankBookLine& line : bookLines(db_, pool.bankAccountId, date))
        open.insert(line.journalLineId);
    for (const QString& id : cleared)
        if (!open.contains(id))
            throw FundError(QStringLiteral("fund.statement"),
                            Text::tr("มีรายการที่เลือกซึ่งไม่ใช่รายการค้างของบัญชีนี้ถึงวันที่ %1")
                                .arg(formatThaiDate(date)));
    const BankStatement statement{newUuid(), poolId, date, statementBalance,
                                  note.isNull() ? QStringLiteral("") : note.trimmed()};
    sql::run(db,
             QStringLiteral("INSERT INTO bank_statements (id, pool_id, statement_date, balance, "
                            "note, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
             {statement.id, poolId, rows::dateValue(date), statementBalance.satang(),
              statement.note, nowUtc()},
             Text::tr("การบันทึกยอดธนาคาร"));
    for (const QString& id : cleared)
        sql::run(db,
                 QStringLiteral("INSERT INTO bank_statement_lines (statement_id, journal_line_id) "
                                "VALUES (?, ?)"),
                 {statement.id, id}, Text::tr("การบันทึกยอดธนาคาร"));
    transaction.commit();
    return statement;
}

QList<BankStatement> BankReconciliation::statements(const QString& poolId) {
    QSqlQuery q = sql::run(db_.connection(),
                           QStringLiteral("SELECT id, pool_id, statement_date, balance, note FROM "
                                          "bank_statements WHERE pool_id = ? ORDER BY "
                                          "statement_date DESC"),
                           {poolId}, Text::tr("การอ่านยอดธนาคาร"));
    QList<BankStatement> result;
    while (q.next())
        result.append({rows::text(q, 0), rows::text(q, 1), rows::date(q, 2),
                       Money::fromSatang(q.value(3).toLongLong()), rows::text(q, 4)});
    return result;
}

Reconciliation BankReconciliation::ofStatement(const BankStatement& statement) {
    const CapitalPool pool = requirePool(db_, statement.poolId);
    // Lines still open after it, plus those it cleared (which then drop out).
    const QList<BankBookLine> lines =
        bookLines(db_, pool.bankAccountId, statement.date, statement.id);
    QSet<QString> clearedHere;
    QSqlQuery q = sql::run(db_.connection(),
                           QStringLiteral("SELECT journal_line_id FROM bank_statement_lines WHERE "
                                          "statement_id = ?"),
                           {statement.id});
    while (q.next()) clearedHere.insert(q.value(0).toString());
    return reconcile(db_, pool, statement.date, statement.balance, lines, clearedHere);
}

}  // namespace thanrak
