#include "ledger/Journal.h"

#include "base/Ids.h"
#include "ledger/JournalCheck.h"
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

const QString kEntryColumns = QStringLiteral(
    "id, entry_no, organisation_id, entry_date, description, source, source_id, "
    "reverses_entry_id, reason, created_at");

PostedEntry readEntry(const QSqlQuery& q) {
    PostedEntry e;
    e.id = q.value(0).toString();
    e.entryNo = q.value(1).toInt();
    e.organisationId = q.value(2).toString();
    e.date = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    e.description = q.value(4).toString();
    e.source = q.value(5).toString();
    e.sourceId = q.value(6).toString();
    e.reversesEntryId = q.value(7).toString();
    e.reason = q.value(8).toString();
    e.createdAt = q.value(9).toString();
    return e;
}

QList<JournalLine> readLines(QSqlDatabase& db, const QString& entryId) {
    QSqlQuery q =
        sql::run(db,
                 QStringLiteral("SELECT account_id, debit, credit, membership_id, loan_id, "
                                "memo FROM journal_lines WHERE entry_id = ? ORDER BY line_no"),
                 {entryId});
    QList<JournalLine> lines;
    while (q.next())
        lines.append({q.value(0).toString(), Money::fromSatang(q.value(1).toLongLong()),
                      Money::fromSatang(q.value(2).toLongLong()), q.value(3).toString(),
                      q.value(4).toString(), q.value(5).toString()});
    return lines;
}

QVariant textOrNull(const QString& text) {
    return sql::nullIfEmpty(text);
}
}  // namespace

PostedEntry Journal::post(const JournalEntryDraft& draft) {
    Transaction transaction(db_.connection());
    checkJournalDraft(db_, draft);
    PostedEntry posted = insert(draft, {}, {});
    transaction.commit();
    return posted;
}

PostedEntry Journal::reverse(const QString& entryId, const QDate& date, const QString& reason) {
    Transaction transaction(db_.connection());
    const std::optional<PostedEntry> original = find(entryId);
    if (!original)
        throw LedgerError(QStringLiteral("ledger.reversal"), Text::tr("ไม่พบรายการบัญชีที่จะกลับรายการ"));
    if (!original->reversesEntryId.isEmpty())
        throw LedgerError(QStringLiteral("ledger.reversal"),
                          Text::tr("รายการเลขที่ %1 เป็นรายการกลับรายการอยู่แล้ว จึงกลับซ้ำไม่ได้ "
                                   "หากต้องการแก้ไข ให้บันทึกรายการใหม่ที่ถูกต้อง")
                              .arg(original->entryNo));
    const QVariant reversedBy = sql::scalar(
        db_.connection(),
        QStringLiteral("SELECT entry_no FROM journal_entries WHERE reverses_entry_id = ?"),
        {entryId});
    if (reversedBy.isValid())
        throw LedgerError(QStringLiteral("ledger.reversal"),
                          Text::tr("รายการเลขที่ %1 ถูกกลับรายการไปแล้วโดยรายการเลขที่ %2")
                              .arg(original->entryNo)
                              .arg(reversedBy.toInt()));
    if (reason.trimmed().isEmpty())
        throw LedgerError(QStringLiteral("ledger.reversal"),
                          Text::tr("กรุณาใส่เหตุผลของการกลับรายการ เพื่อให้ผู้ตรวจสอบเข้าใจ"));
    JournalEntryDraft mirror{
        original->organisationId,
        date,
        Text::tr("กลับรายการเลขที่ %1: %2").arg(original->entryNo).arg(original->description),
        QStringLiteral("reversal"),
        original->id,
        {}};
    for (const JournalLine& line : original->lines)
        mirror.lines.append(
            {line.accountId, line.credit, line.debit, line.membershipId, line.loanId, line.memo});
    checkJournalDraft(db_, mirror);
    PostedEntry posted = insert(mirror, original->id, reason.trimmed());
    transaction.commit();
    return posted;
}

PostedEntry Journal::insert(const JournalEntryDraft& draft, const QString& reversesId,
                            const QString& reason) {
    QSqlDatabase& db = db_.connection();
    const int entryNo = sql::scalar(db,
                                    QStringLiteral("SELECT coalesce(max(entry_no), 0) + 1 FROM "
                                                   "journal_entries WHERE organisation_id = ?"),
                                    {draft.organisationId})
                            .toInt();
    const QString id = newUuid();
    const QString now = nowUtc();
    sql::run(
        db,
        QStringLiteral("INSERT INTO journal_entries (id, organisation_id, entry_no, entry_date, "
                       "description, source, source_id, reverses_entry_id, reason, created_at, "
                       "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {id, draft.organisationId, entryNo, draft.date.toString(Qt::ISODate),
         draft.description.trimmed(), draft.source, textOrNull(draft.sourceId),
         textOrNull(reversesId), textOrNull(reason), now, now},
        Text::tr("การบันทึกรายการบัญชี"));
    for (int i = 0; i < draft.lines.size(); ++i) {
        const JournalLine& line = draft.lines.at(i);
        sql::run(db,
                 QStringLiteral("INSERT INTO journal_lines (id, entry_id, line_no, account_id, "
                                "membership_id, loan_id, debit, credit, memo) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {newUuid(), id, i + 1, line.accountId, textOrNull(line.membershipId),
                  textOrNull(line.loanId), line.debit.satang(), line.credit.satang(),
                  textOrNull(line.memo)},
                 Text::tr("การบันทึกรายการบัญชี"));
    }
    return {
        id,           entryNo,        draft.organisationId, draft.date, draft.description.trimmed(),
        draft.source, draft.sourceId, reversesId,           reason,     draft.lines,
        now};
}

std::optional<PostedEntry> Journal::find(const QString& entryId) {
    QSqlQuery q =
        sql::run(db_.connection(),
                 QStringLiteral("SELECT %1 FROM journal_entries WHERE id = ?").arg(kEntryColumns),
                 {entryId});
    if (!q.next())
        return std::nullopt;
    PostedEntry entry = readEntry(q);
    entry.lines = readLines(db_.connection(), entry.id);
    return entry;
}

QHash<QString, QDate> Journal::latestEntryDates(const QDate& upTo) {
    QSqlQuery q = sql::run(db_.connection(),
                           QStringLiteral("SELECT organisation_id, max(entry_date) FROM "
                                          "journal_entries WHERE entry_date <= ? "
                                          "GROUP BY organisation_id"),
                           {upTo.toString(Qt::ISODate)});
    QHash<QString, QDate> latest;
    while (q.next())
        latest.insert(q.value(0).toString(),
                      QDate::fromString(q.value(1).toString(), Qt::ISODate));
    return latest;
}

QList<PostedEntry> Journal::entries(const QString& organisationId, const QDate& from,
                                    const QDate& to) {
    QSqlQuery q =
        sql::run(db_.connection(),
                 QStringLiteral("SELECT %1 FROM journal_entries WHERE organisation_id = ? "
                                "AND entry_date BETWEEN ? AND ? ORDER BY entry_date, entry_no")
                     .arg(kEntryColumns),
                 {organisationId, from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    QList<PostedEntry> result;
    while (q.next()) result.append(readEntry(q));
    for (PostedEntry& entry : result) entry.lines = readLines(db_.connection(), entry.id);
    return result;
}

}  // namespace thanrak
