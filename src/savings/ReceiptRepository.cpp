#include "savings/ReceiptRepository.h"

#include "savings/LoanRepository.h"

#include "base/Ids.h"
#include "domain/RowMapping.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Savings)
};

// A receipt counts while its journal entry stands (has not been reversed).
const QString kStanding = QStringLiteral(
    "NOT EXISTS (SELECT 1 FROM journal_entries x WHERE x.reverses_entry_id = r.journal_entry_id)");

// kStanding as the books stood on a day (bound once): a receipt reversed
// later still counted then.
const QString kStandingOn = QStringLiteral(
    "NOT EXISTS (SELECT 1 FROM journal_entries x WHERE x.reverses_entry_id = r.journal_entry_id "
    "AND x.entry_date <= ?)");

const QString kColumns = QStringLiteral(
    "r.id, r.organisation_id, r.receipt_year, r.receipt_no, r.receipt_date, r.membership_id, "
    "r.method, r.total, r.journal_entry_id, r.meeting_id, r.created_at");

Receipt readReceipt(const QSqlQuery& q) {
    Receipt r;
    r.id = rows::text(q, 0);
    r.organisationId = rows::text(q, 1);
    r.receiptYear = q.value(2).toInt();
    r.receiptNo = q.value(3).toInt();
    r.receiptDate = rows::date(q, 4);
    r.membershipId = rows::text(q, 5);
    r.method = paymentMethodFromKey(rows::text(q, 6)).value_or(PaymentMethod::Cash);
    r.total = Money::fromSatang(q.value(7).toLongLong());
    r.journalEntryId = rows::text(q, 8);
    r.meetingId = rows::text(q, 9);
    r.createdAt = rows::text(q, 10);
    return r;
}

QList<ReceiptLine> readLines(QSqlDatabase& db, const QString& receiptId) {
    QSqlQuery q =
        sql::run(db,
                 QStringLiteral("SELECT kind, amount, loan_id, instalment_no, for_month, memo "
                                "FROM receipt_lines WHERE receipt_id = ? ORDER BY line_no"),
                 {receiptId});
    QList<ReceiptLine> lines;
    while (q.next())
        lines.append({receiptLineKindFromKey(rows::text(q, 0)).value_or(ReceiptLineKind::Other),
                      Money::fromSatang(q.value(1).toLongLong()), rows::text(q, 2),
                      q.value(3).toInt(), rows::text(q, 4), rows::text(q, 5)});
    return lines;
}

QVariant intOrNull(int value) {
    return value > 0 ? QVariant(value) : QVariant(QMetaType::fromType<int>());
}
}  // namespace

int ReceiptRepository::nextNumber(const QString& organisationId, int year) {
    return sql::scalar(db_.connection(),
                       QStringLiteral("SELECT coalesce(max(receipt_no), 0) + 1 FROM receipts WHERE "
                                      "organisation_id = ? AND receipt_year = ?"),
                       {organisationId, year})
        .toInt();
}

void ReceiptRepository::insert(Receipt& r) {
    QSqlDatabase& db = db_.connection();
    Transaction transaction(db);
    if (r.id.isEmpty())
        r.id = newUuid();
    r.createdAt = nowUtc();
    sql::run(
        db,
        QStringLiteral("INSERT INTO receipts (id, organisation_id, receipt_year, receipt_no, "
                       "receipt_date, membership_id, method, total, journal_entry_id, meeting_id, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {r.id, r.organisationId, r.receiptYear, r.receiptNo, rows::dateValue(r.receiptDate),
         sql::nullIfEmpty(r.membershipId), paymentMethodKey(r.method), r.total.satang(),
         r.journalEntryId, sql::nullIfEmpty(r.meetingId), r.createdAt, r.createdAt},
        Text::tr("การบันทึกใบเสร็จรับเงิน"));
    for (int i = 0; i < r.lines.size(); ++i) {
        const ReceiptLine& line = r.lines.at(i);
        sql::run(
            db,
            QStringLiteral(
                "INSERT INTO receipt_lines (id, receipt_id, line_no, kind, loan_id, "
                "instalment_no, for_month, amount, memo) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {newUuid(), r.id, i + 1, receiptLineKindKey(line.kind), sql::nullIfEmpty(line.loanId),
             intOrNull(line.instalmentNo), sql::nullIfEmpty(line.forMonth), line.amount.satang(),
             sql::nullIfEmpty(line.memo)},
            Text::tr("การบันทึกใบเสร็จรับเงิน"));
    }
    transaction.commit();
}

QList<Receipt> ReceiptRepository::select(const QString& where, const QVariantList& values,
                                         const QString& order) {
    QSqlQuery q = sql::runList(db_.connection(),
                               QStringLiteral("SELECT %1 FROM receipts r WHERE %2 ORDER BY %3")
                                   .arg(kColumns, where, order),
                               values, Text::tr("การอ่านใบเสร็จรับเงิน"));
    QList<Receipt> result;
    while (q.next()) result.append(readReceipt(q));
    for (Receipt& r : result) r.lines = readLines(db_.connection(), r.id);
    return result;
}

std::optional<Receipt> ReceiptRepository::find(const QString& receiptId) {
    const QList<Receipt> found =
        select(QStringLiteral("r.id = ?"), {receiptId}, QStringLiteral("r.id"));
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<Receipt> ReceiptRepository::ofMeeting(const QString& meetingId) {
    return select(QStringLiteral("r.meeting_id = ?"), {meetingId},
                  QStringLiteral("r.receipt_year, r.receipt_no"));
}

QList<Receipt> ReceiptRepository::ofMember(const QString& membershipId) {
    return select(QStringLiteral("r.membership_id = ?"), {membershipId},
                  QStringLiteral("r.receipt_date, r.receipt_year, r.receipt_no"));
}

QList<Receipt> ReceiptRepository::between(const QString& organisationId, const QDate& from,
                                          const QDate& to, bool standingOnly) {
    QString where = QStringLiteral("r.organisation_id = ? AND r.receipt_date BETWEEN ? AND ?");
    QVariantList values = {organisationId, from.toString(Qt::ISODate), to.toString(Qt::ISODate)};
    if (standingOnly) {
        where += QStringLiteral(" AND ") + kStandingOn;
        values.append(to.toString(Qt::ISODate));
    }
    return select(where, values, QStringLiteral("r.receipt_date, r.receipt_year, r.receipt_no"));
}

QSet<QString> ReceiptRepository::cancelledIds(const QString& organisationId) {
    QSqlQuery q = sql::run(
        db_.connection(),
        QStringLiteral("SELECT r.id FROM receipts r WHERE r.organisation_id = ? AND NOT (") +
            kStanding + QLatin1Char(')'),
        {organisationId});
    QSet<QString> ids;
    while (q.next()) ids.insert(q.value(0).toString());
    return ids;
}

namespace {
// Rows of (loan id, instalment number, kind, amount) added into `paid`.
void addPayment(QHash<QString, PaidByInstalment>& paid, const QSqlQuery& q) {
    InstalmentPaid& p = paid[q.value(0).toString()][q.value(1).toInt()];
    const Money amount = Money::fromSatang(q.value(3).toLongLong());
    const QString kind = q.value(2).toString();
    if (kind == QLatin1String("principal"))
        p.principal += amount;
    else if (kind == QLatin1String("interest"))
        p.interest += amount;
    else if (kind == QLatin1String("fine"))
        p.fine += amount;
}

QString upToText(const QDate& upTo) {
    return upTo.isValid() ? upTo.toString(Qt::ISODate) : QStringLiteral("9999-12-31");
}
}  // namespace

PaidByInstalment ReceiptRepository::loanPayments(const QString& loanId, const QDate& upTo) {
    QSqlQuery q =
        sql::run(db_.connection(),
                 QStringLiteral("SELECT rl.loan_id, rl.instalment_no, rl.kind, sum(rl.amount) FROM "
                                "receipt_lines rl JOIN receipts r ON r.id = rl.receipt_id "
                                "WHERE rl.loan_id = ? AND rl.instalment_no IS NOT NULL AND %1 "
                                "AND r.receipt_date <= ? GROUP BY rl.instalment_no, rl.kind")
                     .arg(kStandingOn),
                 {loanId, upToText(upTo), upToText(upTo)}, Text::tr("การอ่านการชำระเงินกู้"));
    QHash<QString, PaidByInstalment> paid;
    while (q.next()) addPayment(paid, q);
    return paid.value(loanId);
}

QHash<QString, PaidByInstalment> ReceiptRepository::loanPaymentsOf(const QString& organisationId,
                                                                   const QDate& upTo) {
    QSqlQuery q = sql::run(
        db_.connection(),
        QStringLiteral("SELECT rl.loan_id, rl.instalment_no, rl.kind, sum(rl.amount) FROM "
                       "receipt_lines rl JOIN receipts r ON r.id = rl.receipt_id "
                       "WHERE rl.loan_id IN (SELECT id FROM loans WHERE organisation_id = ?) "
                       "AND rl.instalment_no IS NOT NULL AND %1 AND r.receipt_date <= ? "
                       "GROUP BY rl.loan_id, rl.instalment_no, rl.kind")
            .arg(kStandingOn),
        {organisationId, upToText(upTo), upToText(upTo)}, Text::tr("การอ่านการชำระเงินกู้"));
    QHash<QString, PaidByInstalment> paid;
    while (q.next()) addPayment(paid, q);
    return paid;
}

QHash<QString, PaidByInstalment> ReceiptRepository::loanPaymentsRunningOn(
    const QString& organisationId, const QDate& day) {
    const QString d = upToText(day);
    QSqlQuery q =
        sql::run(db_.connection(),
                 QStringLiteral("SELECT rl.loan_id, rl.instalment_no, rl.kind, sum(rl.amount) FROM "
                                "receipt_lines rl JOIN receipts r ON r.id = rl.receipt_id "
                                "WHERE rl.loan_id IN (%1) "
                                "AND rl.instalment_no IS NOT NULL AND %2 AND r.receipt_date <= ? "
                                "GROUP BY rl.loan_id, rl.instalment_no, rl.kind")
                     .arg(LoanRepository::runningLoanIdsSql(), kStandingOn),
                 {organisationId, d, d, d, d}, Text::tr("การอ่านการชำระเงินกู้"));
    QHash<QString, PaidByInstalment> paid;
    while (q.next()) addPayment(paid, q);
    return paid;
}

QHash<QString, QHash<QString, Money>> ReceiptRepository::sajjaByMonth(
    const QString& organisationId) {
    return sajjaByMonthWhere(QStringLiteral("r.organisation_id = ?"), organisationId);
}

QHash<QString, QHash<QString, Money>> ReceiptRepository::sajjaByMonthOfMember(
    const QString& membershipId) {
    return sajjaByMonthWhere(QStringLiteral("r.membership_id = ?"), membershipId);
}

QHash<QString, QSet<QString>> ReceiptRepository::finedSajjaMonths(const QString& organisationId) {
    return finedSajjaMonthsWhere(QStringLiteral("r.organisation_id = ?"), organisationId);
}

QHash<QString, QSet<QString>> ReceiptRepository::finedSajjaMonthsOfMember(
    const QString& membershipId) {
    return finedSajjaMonthsWhere(QStringLiteral("r.membership_id = ?"), membershipId);
}

QHash<QString, QHash<QString, Money>> ReceiptRepository::sajjaByMonthWhere(const QString& where,
                                                                           const QString& id) {
    QSqlQuery q =
        sql::run(db_.connection(),
                 QStringLiteral("SELECT r.membership_id, rl.for_month, sum(rl.amount) FROM "
                                "receipts r JOIN receipt_lines rl ON rl.receipt_id = r.id "
                                "WHERE %1 AND rl.kind = 'sajja' AND %2 "
                                "GROUP BY r.membership_id, rl.for_month")
                     .arg(where, kStanding),
                 {id}, Text::tr("การอ่านเงินสัจจะ"));
    QHash<QString, QHash<QString, Money>> result;
    while (q.next())
        result[q.value(0).toString()][q.value(1).toString()] =
            Money::fromSatang(q.value(2).toLongLong());
    return result;
}

QHash<QString, QSet<QString>> ReceiptRepository::finedSajjaMonthsWhere(const QString& where,
                                                                       const QString& id) {
    QSqlQuery q =
        sql::run(db_.connection(),
                 QStringLiteral("SELECT DISTINCT r.membership_id, rl.for_month FROM receipts r "
                                "JOIN receipt_lines rl ON rl.receipt_id = r.id WHERE "
                                "%1 AND rl.kind = 'fine' AND rl.loan_id IS "
                                "NULL AND rl.for_month IS NOT NULL AND %2")
                     .arg(where, kStanding),
                 {id}, Text::tr("การอ่านค่าปรับผิดสัจจะ"));
    QHash<QString, QSet<QString>> result;
    while (q.next()) result[q.value(0).toString()].insert(q.value(1).toString());
    return result;
}

QString ReceiptRepository::payerName(const QString& membershipId) {
    return sql::scalar(
               db_.connection(),
               QStringLiteral("SELECT trim(p.title || p.first_name || ' ' || p.last_name) FROM "
                              "memberships m JOIN people p ON p.id = m.person_id WHERE m.id = ?"),
               {membershipId})
        .toString();
}

}  // namespace thanrak
