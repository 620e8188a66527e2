#include "savings/PledgeRepository.h"

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

Pledge readPledge(const QSqlQuery& q) {
    return {rows::text(q, 0), rows::text(q, 1), rows::date(q, 2), q.value(3).toInt()};
}
}  // namespace

const Pledge* pledgeOn(const QList<Pledge>& pledges, const QDate& day) {
    const Pledge* found = nullptr;
    for (const Pledge& pledge : pledges)
        if (pledge.effectiveFrom <= day)
            found = &pledge;
    return found;
}

QList<Pledge> PledgeRepository::pledges(const QString& membershipId) {
    QSqlQuery q =
        sql::run(db_.connection(),
                 QStringLiteral("SELECT id, membership_id, effective_from, shares FROM "
                                "member_pledges WHERE membership_id = ? ORDER BY effective_from"),
                 {membershipId}, Text::tr("การอ่านสัจจะของสมาชิก"));
    QList<Pledge> result;
    while (q.next()) result.append(readPledge(q));
    return result;
}

std::optional<Pledge> PledgeRepository::current(const QString& membershipId, const QDate& day) {
    const QList<Pledge> all = pledges(membershipId);
    const Pledge* found = pledgeOn(all, day);
    return found ? std::optional(*found) : std::nullopt;
}

QHash<QString, QList<Pledge>> PledgeRepository::ofOrganisation(const QString& organisationId) {
    QSqlQuery q =
        sql::run(db_.connection(),
                 QStringLiteral("SELECT p.id, p.membership_id, p.effective_from, p.shares FROM "
                                "member_pledges p JOIN memberships m ON m.id = p.membership_id "
                                "WHERE m.organisation_id = ? ORDER BY p.effective_from"),
                 {organisationId}, Text::tr("การอ่านสัจจะของสมาชิก"));
    QHash<QString, QList<Pledge>> result;
    while (q.next()) {
        const Pledge pledge = readPledge(q);
        result[pledge.membershipId].append(pledge);
    }
    return result;
}

FieldProblems PledgeRepository::check(const Pledge& p) {
    FieldProblems problems;
    if (p.shares < 1)
        problems.append({QStringLiteral("shares"), Text::tr("จำนวนหุ้นที่ส่งสัจจะต้องอย่างน้อย 1 หุ้น")});
    if (!p.effectiveFrom.isValid())
        problems.append({QStringLiteral("effective_from"), Text::tr("กรุณาใส่วันที่เริ่มส่งสัจจะ")});
    const QVariant joined = sql::scalar(
        db_.connection(), QStringLiteral("SELECT joined_on FROM memberships WHERE id = ?"),
        {p.membershipId});
    if (!joined.isValid())
        problems.append({QStringLiteral("membership_id"), Text::tr("ไม่พบสมาชิกนี้ในไฟล์")});
    else if (p.effectiveFrom.isValid() &&
             p.effectiveFrom < QDate::fromString(joined.toString(), Qt::ISODate))
        problems.append(
            {QStringLiteral("effective_from"), Text::tr("วันที่เริ่มส่งสัจจะต้องไม่ก่อนวันที่เข้าเป็นสมาชิก")});
    return problems;
}

void PledgeRepository::save(Pledge& p) {
    QSqlDatabase& db = db_.connection();
    Transaction transaction(db);
    throwIfAny(check(p));
    const QString now = nowUtc();
    const QVariant existing = sql::scalar(
        db,
        QStringLiteral(
            "SELECT id FROM member_pledges WHERE membership_id = ? AND effective_from = ?"),
        {p.membershipId, rows::dateValue(p.effectiveFrom)});
    if (existing.isValid()) {
        p.id = existing.toString();
        sql::run(
            db, QStringLiteral("UPDATE member_pledges SET shares = ?, updated_at = ? WHERE id = ?"),
            {p.shares, now, p.id}, Text::tr("การบันทึกสัจจะของสมาชิก"));
    } else {
        p.id = newUuid();
        sql::run(
            db,
            QStringLiteral("INSERT INTO member_pledges (id, membership_id, effective_from, shares, "
                           "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
            {p.id, p.membershipId, rows::dateValue(p.effectiveFrom), p.shares, now, now},
            Text::tr("การบันทึกสัจจะของสมาชิก"));
    }
    transaction.commit();
}

}  // namespace thanrak
