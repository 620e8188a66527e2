#include "domain/CommitteeRepository.h"

#include "base/Ids.h"
#include "domain/RowMapping.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Committee)
};

// Roles of which a committee has one at a time; ordinary members are many.
bool isSingleSeat(CommitteeRole role) {
    return role == CommitteeRole::Chair || role == CommitteeRole::ViceChair ||
           role == CommitteeRole::Secretary || role == CommitteeRole::Treasurer;
}

// An open-ended term runs "forever" for overlap checks.
const QString kOpenEnd = QStringLiteral("9999-12-31");
}  // namespace

QList<CommitteeRow> CommitteeRepository::terms(const QString& organisationId, const QDate& day) {
    QString condition;
    QVariantList values{organisationId};
    if (day.isValid()) {
        condition = QStringLiteral(" AND t.term_start <= ? AND coalesce(t.term_end, ?) >= ?");
        values << day.toString(Qt::ISODate) << kOpenEnd << day.toString(Qt::ISODate);
    }
    QSqlQuery q = sql::runList(
        db_.connection(),
        QStringLiteral(
            "SELECT t.id, t.organisation_id, t.person_id, t.committee, t.role, "
            "t.term_start, t.term_end, t.created_at, t.updated_at, "
            "p.title || p.first_name || ' ' || p.last_name FROM committee_terms t "
            "JOIN people p ON p.id = t.person_id WHERE t.organisation_id = ?%1 "
            "ORDER BY CASE t.committee WHEN 'executive' THEN 0 WHEN 'loan' THEN 1 "
            "WHEN 'audit' THEN 2 WHEN 'promotion' THEN 3 ELSE 4 END, "
            "CASE t.role WHEN 'chair' THEN 0 WHEN 'vice_chair' THEN 1 WHEN "
            "'secretary' THEN 2 WHEN 'treasurer' THEN 3 WHEN 'member' THEN 4 ELSE 5 END, "
            "p.first_name COLLATE THAI, t.term_start")
            .arg(condition),
        values, Text::tr("การอ่านรายชื่อคณะกรรมการ"));
    QList<CommitteeRow> result;
    while (q.next()) {
        CommitteeTerm term{rows::text(q, 0),
                           rows::text(q, 1),
                           rows::text(q, 2),
                           committeeFromKey(rows::text(q, 3)).value_or(Committee::Other),
                           committeeRoleFromKey(rows::text(q, 4)).value_or(CommitteeRole::Member),
                           rows::date(q, 5),
                           rows::date(q, 6),
                           rows::text(q, 7),
                           rows::text(q, 8)};
        result.append({term, rows::text(q, 9)});
    }
    return result;
}

FieldProblems CommitteeRepository::check(const CommitteeTerm& term) {
    FieldProblems problems = validateCommitteeTerm(term);
    if (!problems.isEmpty())
        return problems;
    QSqlDatabase& db = db_.connection();
    const QString start = term.termStart.toString(Qt::ISODate);
    const QVariant member = sql::scalar(
        db,
        QStringLiteral("SELECT 1 FROM memberships WHERE organisation_id = ? AND person_id = ? "
                       "AND joined_on <= ? AND (left_on IS NULL OR left_on >= ?)"),
        {term.organisationId, term.personId, start, start});
    if (!member.isValid())
        problems.append(
            {QStringLiteral("person_id"), Text::tr("กรรมการต้องเป็นสมาชิกขององค์กรในวันเริ่มวาระ")});
    if (isSingleSeat(term.role)) {
        const QString end = term.termEnd.isValid() ? term.termEnd.toString(Qt::ISODate) : kOpenEnd;
        const QVariant holder = sql::scalar(
            db,
            QStringLiteral("SELECT p.first_name || ' ' || p.last_name FROM committee_terms t "
                           "JOIN people p ON p.id = t.person_id WHERE t.organisation_id = ? AND "
                           "t.committee = ? AND t.role = ? AND t.id IS NOT ? AND t.term_start <= ? "
                           "AND coalesce(t.term_end, ?) >= ?"),
            {term.organisationId, committeeKey(term.committee), committeeRoleKey(term.role),
             term.id, end, kOpenEnd, start});
        if (holder.isValid())
            problems.append({QStringLiteral("role"),
                             Text::tr("ตำแหน่ง%1ของ%2ในช่วงเวลานี้เป็นของ %3 แล้ว")
                                 .arg(committeeRoleLabel(term.role), committeeLabel(term.committee),
                                      holder.toString())});
    }
    return problems;
}

void CommitteeRepository::save(CommitteeTerm& term) {
    Transaction transaction(db_.connection());
    throwIfAny(check(term));
    const QString now = nowUtc();
    const bool inserting = term.id.isEmpty();
    const QString id = inserting ? newUuid() : term.id;
    QVariantList values{term.organisationId,
                        term.personId,
                        committeeKey(term.committee),
                        committeeRoleKey(term.role),
                        rows::dateValue(term.termStart),
                        rows::dateValue(term.termEnd),
                        now,
                        id};
    if (inserting)
        values << now;
    sql::runList(db_.connection(),
                 inserting ? QStringLiteral("INSERT INTO committee_terms (organisation_id, "
                                            "person_id, committee, role, term_start, term_end, "
                                            "updated_at, id, created_at) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                           : QStringLiteral("UPDATE committee_terms SET organisation_id = ?, "
                                            "person_id = ?, committee = ?, role = ?, "
                                            "term_start = ?, term_end = ?, updated_at = ? "
                                            "WHERE id = ?"),
                 values, Text::tr("การบันทึกคณะกรรมการ"));
    transaction.commit();
    term.id = id;
    term.updatedAt = now;
    if (inserting)
        term.createdAt = now;
}

}  // namespace thanrak
