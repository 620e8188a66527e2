#include "savings/AllocationRunRepository.h"

#include "base/Ids.h"
#include "domain/RowMapping.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Savings)
};

const QString kRunColumns = QStringLiteral(
    "id, organisation_id, year, status, rules_id, rules_effective_from, policy, net_profit, "
    "notes, approved_on, posted_at, close_entry_id, allocation_entry_id, payout_entry_id, "
    "created_at, updated_at");

Money moneyAt(const QSqlQuery& q, int column) {
    return Money::fromSatang(q.value(column).toLongLong());
}

QString notesToJson(const QStringList& notes) {
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(notes)).toJson(QJsonDocument::Compact));
}

QStringList notesFromJson(const QString& json) {
    QStringList notes;
    for (const QJsonValue& note : QJsonDocument::fromJson(json.toUtf8()).array())
        notes << note.toString();
    return notes;
}

AllocationRun readRun(const QSqlQuery& q) {
    AllocationRun run;
    run.id = rows::text(q, 0);
    run.organisationId = rows::text(q, 1);
    run.year = q.value(2).toInt();
    run.status = allocationRunStatusFromKey(rows::text(q, 3)).value_or(AllocationRunStatus::Draft);
    run.rulesId = rows::text(q, 4);
    run.rulesEffectiveFrom = rows::date(q, 5);
    run.policy = policyFromJson(rows::text(q, 6));
    run.netProfit = moneyAt(q, 7);
    run.notes = notesFromJson(rows::text(q, 8));
    run.approvedOn = rows::date(q, 9);
    run.postedAt = rows::text(q, 10);
    run.closeEntryId = rows::text(q, 11);
    run.allocationEntryId = rows::text(q, 12);
    run.payoutEntryId = rows::text(q, 13);
    run.createdAt = rows::text(q, 14);
    run.updatedAt = rows::text(q, 15);
    return run;
}

std::vector<HeadResult> readHeads(QSqlDatabase& db, const QString& runId) {
    QSqlQuery q =
        sql::run(db,
                 QStringLiteral("SELECT key, name, kind, percent, pool, paid_to_members, "
                                "moved_to_reserve, received_from_heads, amount FROM "
                                "allocation_run_heads WHERE run_id = ? ORDER BY position"),
                 {runId});
    std::vector<HeadResult> heads;
    while (q.next())
        heads.push_back({rows::text(q, 0), rows::text(q, 1),
                         headKindFromKey(rows::text(q, 2)).value_or(HeadKind::Lump),
                         exactFromText(rows::text(q, 3)), moneyAt(q, 4), moneyAt(q, 5),
                         moneyAt(q, 6), moneyAt(q, 7), moneyAt(q, 8)});
    return heads;
}

std::vector<AllocationRunMember> readMembers(QSqlDatabase& db, const QString& runId) {
    QSqlQuery q = sql::run(
        db,
        QStringLiteral("SELECT membership_id, opening_savings, year_end_savings, dividend_basis, "
                       "interest_paid, dividend, refund, total, payout FROM "
                       "allocation_run_members WHERE run_id = ? ORDER BY position"),
        {runId});
    std::vector<AllocationRunMember> members;
    while (q.next())
        members.push_back({rows::text(q, 0), moneyAt(q, 1), moneyAt(q, 2),
                           exactFromText(rows::text(q, 3)), moneyAt(q, 4), moneyAt(q, 5),
                           moneyAt(q, 6), moneyAt(q, 7), payoutMethodFromKey(rows::text(q, 8))});
    return members;
}

QVariant textOrNull(const QString& text) {
    return sql::nullIfEmpty(text);
}
}  // namespace

QList<AllocationRun> AllocationRunRepository::select(const QString& where,
                                                     const QVariantList& values) {
    QSqlQuery q =
        sql::runList(db_.connection(),
                     QStringLiteral("SELECT %1 FROM allocation_runs WHERE %2 ORDER BY year DESC")
                         .arg(kRunColumns, where),
                     values, Text::tr("การอ่านการจัดสรรกำไรสุทธิ"));
    QList<AllocationRun> runs;
    while (q.next()) runs.append(readRun(q));
    for (AllocationRun& run : runs) {
        run.heads = readHeads(db_.connection(), run.id);
        run.members = readMembers(db_.connection(), run.id);
    }
    return runs;
}

std::optional<AllocationRun> AllocationRunRepository::find(const QString& runId) {
    const QList<AllocationRun> found = select(QStringLiteral("id = ?"), {runId});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<AllocationRun> AllocationRunRepository::ofYear(const QString& organisationId,
                                                             int year) {
    const QList<AllocationRun> found =
        select(QStringLiteral("organisation_id = ? AND year = ?"), {organisationId, year});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<AllocationRun> AllocationRunRepository::ofOrganisation(const QString& organisationId) {
    return select(QStringLiteral("organisation_id = ?"), {organisationId});
}

void AllocationRunRepository::insertDraft(AllocationRun& run) {
    run.id = newUuid();
    run.status = AllocationRunStatus::Draft;
    run.createdAt = run.updatedAt = nowUtc();
    sql::run(db_.connection(),
             QStringLiteral("INSERT INTO allocation_runs (id, organisation_id, year, status, "
                            "rules_id, rules_effective_from, policy, net_profit, notes, "
                            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {run.id, run.organisationId, run.year, allocationRunStatusKey(run.status), run.rulesId,
              rows::dateValue(run.rulesEffectiveFrom), policyToJson(run.policy),
              run.netProfit.satang(), notesToJson(run.notes), run.createdAt, run.updatedAt},
             Text::tr("การบันทึกร่างการจัดสรรกำไรสุทธิ"));
    insertHeads(run, run.createdAt);
    insertMembers(run, run.createdAt);
}

void AllocationRunRepository::insertHeads(const AllocationRun& run, const QString& now) {
    int position = 0;
    for (const HeadResult& h : run.heads)
        sql::run(db_.connection(),
                 QStringLiteral("INSERT INTO allocation_run_heads (id, run_id, position, key, "
                                "name, kind, percent, pool, paid_to_members, moved_to_reserve, "
                                "received_from_heads, amount, created_at, updated_at) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {newUuid(), run.id, ++position, h.key, h.name, headKindKey(h.kind),
                  exactText(h.percent), h.pool.satang(), h.paidToMembers.satang(),
                  h.movedToReserve.satang(), h.receivedFromHeads.satang(), h.finalAmount.satang(),
                  now, now},
                 Text::tr("การบันทึกร่างการจัดสรรกำไรสุทธิ"));
}

void AllocationRunRepository::insertMembers(const AllocationRun& run, const QString& now) {
    int position = 0;
    for (const AllocationRunMember& m : run.members)
        sql::run(db_.connection(),
                 QStringLiteral("INSERT INTO allocation_run_members (id, run_id, position, "
                                "membership_id, opening_savings, year_end_savings, "
                                "dividend_basis, interest_paid, dividend, refund, total, "
                                "created_at, updated_at) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {newUuid(), run.id, ++position, m.membershipId, m.openingSavings.satang(),
                  m.yearEndSavings.satang(), exactText(m.dividendBasis), m.interestPaid.satang(),
                  m.dividend.satang(), m.refund.satang(), m.total.satang(), now, now},
                 Text::tr("การบันทึกร่างการจัดสรรกำไรสุทธิ"));
}

void AllocationRunRepository::removeDraft(const QString& runId) {
    QSqlDatabase& db = db_.connection();
    const QString doing = Text::tr("การลบร่างการจัดสรรกำไรสุทธิ");
    sql::run(db, QStringLiteral("DELETE FROM allocation_run_members WHERE run_id = ?"), {runId},
             doing);
    sql::run(db, QStringLiteral("DELETE FROM allocation_run_heads WHERE run_id = ?"), {runId},
             doing);
    sql::run(db, QStringLiteral("DELETE FROM allocation_runs WHERE id = ?"), {runId}, doing);
}

void AllocationRunRepository::markPosted(AllocationRun& run) {
    QSqlDatabase& db = db_.connection();
    const QString doing = Text::tr("การผ่านรายการจัดสรรกำไรสุทธิ");
    run.postedAt = run.updatedAt = nowUtc();
    for (const AllocationRunMember& m : run.members)
        sql::run(db,
                 QStringLiteral("UPDATE allocation_run_members SET payout = ?, updated_at = ? "
                                "WHERE run_id = ? AND membership_id = ?"),
                 {textOrNull(m.payout ? payoutMethodKey(*m.payout) : QString()), run.updatedAt,
                  run.id, m.membershipId},
                 doing);
    run.status = AllocationRunStatus::Posted;
    sql::run(
        db,
        QStringLiteral("UPDATE allocation_runs SET status = ?, approved_on = ?, posted_at = ?, "
                       "close_entry_id = ?, allocation_entry_id = ?, payout_entry_id = ?, "
                       "updated_at = ? WHERE id = ?"),
        {allocationRunStatusKey(run.status), rows::dateValue(run.approvedOn), run.postedAt,
         textOrNull(run.closeEntryId), textOrNull(run.allocationEntryId),
         textOrNull(run.payoutEntryId), run.updatedAt, run.id},
        doing);
}

}  // namespace thanrak
