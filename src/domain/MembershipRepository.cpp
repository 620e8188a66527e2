#include "domain/MembershipRepository.h"

#include "base/Ids.h"
#include "domain/PersonRows.h"
#include "domain/RowMapping.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Membership)
};

const QString kColumns = QStringLiteral(
    "m.id, m.organisation_id, m.person_id, m.member_no, m.joined_on, m.left_on, m.created_at, "
    "m.updated_at");

Membership readMembership(const QSqlQuery& q) {
    return {rows::text(q, 0), rows::text(q, 1), rows::text(q, 2), rows::text(q, 3),
            rows::date(q, 4), rows::date(q, 5), rows::text(q, 6), rows::text(q, 7)};
}

// Numeric member numbers sort as numbers ("2" before "10"), others after.
const QString kMemberNoOrder = QStringLiteral(
    "CASE WHEN m.member_no GLOB '[0-9]*' AND m.member_no NOT GLOB '*[^0-9]*' "
    "THEN 0 ELSE 1 END, CAST(m.member_no AS INTEGER), m.member_no");
}  // namespace

QList<MemberRow> MembershipRepository::members(const QString& organisationId, bool includeFormer) {
    const QString active = includeFormer ? QString()
                                         : QStringLiteral(
                                               " AND (m.left_on IS NULL OR "
                                               "m.left_on >= date('now', 'localtime'))");
    QSqlQuery q = sql::run(db_.connection(),
                           QStringLiteral("SELECT %1, %2 FROM memberships m JOIN people p ON "
                                          "p.id = m.person_id WHERE m.organisation_id = ?%3 "
                                          "ORDER BY %4")
                               .arg(kColumns, rows::personColumns(), active, kMemberNoOrder),
                           {organisationId}, Text::tr("การอ่านรายชื่อสมาชิก"));
    QList<MemberRow> result;
    while (q.next()) result.append({readMembership(q), rows::readPerson(q, 8)});
    return result;
}

QList<PersonMembershipRow> MembershipRepository::ofPerson(const QString& personId) {
    QSqlQuery q = sql::run(db_.connection(),
                           QStringLiteral("SELECT %1, o.name, o.code FROM memberships m JOIN "
                                          "organisations o ON o.id = m.organisation_id WHERE "
                                          "m.person_id = ? ORDER BY m.joined_on, o.code")
                               .arg(kColumns),
                           {personId});
    QList<PersonMembershipRow> result;
    while (q.next()) result.append({readMembership(q), rows::text(q, 8), rows::text(q, 9)});
    return result;
}

std::optional<Membership> MembershipRepository::find(const QString& id) {
    QSqlQuery q =
        sql::run(db_.connection(),
                 QStringLiteral("SELECT %1 FROM memberships m WHERE m.id = ?").arg(kColumns), {id});
    return q.next() ? std::optional(readMembership(q)) : std::nullopt;
}

QString MembershipRepository::nextMemberNo(const QString& organisationId) {
    const QVariant highest =
        sql::scalar(db_.connection(),
                    QStringLiteral("SELECT max(CAST(member_no AS INTEGER)) FROM memberships WHERE "
                                   "organisation_id = ? AND member_no NOT GLOB '*[^0-9]*'"),
                    {organisationId});
    return QString::number(highest.isNull() ? 1 : highest.toLongLong() + 1);
}

FieldProblems MembershipRepository::check(const Membership& m) {
    FieldProblems problems = validateMembership(m, QDate::currentDate());
    QSqlDatabase& db = db_.connection();
    if (!m.organisationId.isEmpty() &&
        !sql::scalar(db, QStringLiteral("SELECT 1 FROM organisations WHERE id = ?"),
                     {m.organisationId})
             .isValid())
        problems.append({QStringLiteral("organisation_id"), Text::tr("ไม่พบองค์กรนี้ในไฟล์")});
    if (!m.personId.isEmpty() &&
        !sql::scalar(db, QStringLiteral("SELECT 1 FROM people WHERE id = ?"), {m.personId})
             .isValid())
        problems.append({QStringLiteral("person_id"), Text::tr("ไม่พบบุคคลนี้ในไฟล์")});
    const QVariant numberHolder = sql::scalar(
        db,
        QStringLiteral("SELECT id FROM memberships WHERE organisation_id = ? AND member_no = ?"),
        {m.organisationId, m.memberNo.trimmed()});
    if (numberHolder.isValid() && numberHolder.toString() != m.id)
        problems.append({QStringLiteral("member_no"),
                         Text::tr("เลขทะเบียนสมาชิก %1 มีผู้ใช้แล้วในองค์กรนี้").arg(m.memberNo.trimmed())});
    const QVariant activeTwice = sql::scalar(
        db,
        QStringLiteral("SELECT member_no FROM memberships WHERE organisation_id = ? AND "
                       "person_id = ? AND id IS NOT ? AND left_on IS NULL"),
        {m.organisationId, m.personId, m.id});
    if (activeTwice.isValid())
        problems.append(
            {QStringLiteral("person_id"),
             Text::tr("บุคคลนี้เป็นสมาชิกอยู่แล้ว (เลขทะเบียน %1)").arg(activeTwice.toString())});
    return problems;
}

void MembershipRepository::save(Membership& m) {
    Transaction transaction(db_.connection());
    m.memberNo = m.memberNo.trimmed();
    throwIfAny(check(m));
    const QString now = nowUtc();
    const bool inserting = m.id.isEmpty();
    const QString id = inserting ? newUuid() : m.id;
    QVariantList values{
        m.organisationId,          m.personId, m.memberNo, rows::dateValue(m.joinedOn),
        rows::dateValue(m.leftOn), now,        id};
    if (inserting)
        values << now;
    sql::runList(db_.connection(),
                 inserting ? QStringLiteral("INSERT INTO memberships (organisation_id, person_id, "
                                            "member_no, joined_on, left_on, updated_at, id, "
                                            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                           : QStringLiteral("UPDATE memberships SET organisation_id = ?, "
                                            "person_id = ?, member_no = ?, joined_on = ?, "
                                            "left_on = ?, updated_at = ? WHERE id = ?"),
                 values, Text::tr("การบันทึกสมาชิก"));
    transaction.commit();
    m.id = id;
    m.updatedAt = now;
    if (inserting)
        m.createdAt = now;
}

}  // namespace thanrak
