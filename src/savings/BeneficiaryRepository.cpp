#include "savings/BeneficiaryRepository.h"

#include "allocation/PercentText.h"
#include "base/Ids.h"
#include "domain/RowMapping.h"
#include "savings/StoredDecimal.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Savings)
};
}  // namespace

FieldProblems validateBeneficiaries(const QList<Beneficiary>& list) {
    FieldProblems problems;
    Ratio sum;
    for (int i = 0; i < list.size(); ++i) {
        const Beneficiary& b = list.at(i);
        if (b.name.trimmed().isEmpty())
            problems.append({QStringLiteral("name"), Text::tr("กรุณาใส่ชื่อผู้รับประโยชน์คนที่ %1").arg(i + 1)});
        if (!(b.percent > Ratio()) || !storedDecimal(b.percent))
            problems.append({QStringLiteral("percent"),
                             Text::tr("ส่วนแบ่งของผู้รับประโยชน์คนที่ %1 ต้องมากกว่า 0 และมีทศนิยมไม่เกิน %2 ตำแหน่ง")
                                 .arg(i + 1)
                                 .arg(kMaxStoredDecimals)});
        sum += b.percent;
    }
    if (!list.isEmpty() && sum != Ratio(100))
        problems.append({QStringLiteral("percent"),
                         Text::tr("ส่วนแบ่งของผู้รับประโยชน์รวมกันได้ร้อยละ %1 ต้องรวมกันได้ร้อยละ 100 พอดี")
                             .arg(percentText(sum))});
    return problems;
}

QList<Beneficiary> BeneficiaryRepository::list(const QString& membershipId) {
    QSqlQuery q = sql::run(db_.connection(),
                           QStringLiteral("SELECT id, name, relation, percent FROM beneficiaries "
                                          "WHERE membership_id = ? ORDER BY position"),
                           {membershipId}, Text::tr("การอ่านผู้รับประโยชน์"));
    QList<Beneficiary> result;
    while (q.next())
        result.append({rows::text(q, 0), rows::text(q, 1), rows::text(q, 2),
                       readStoredDecimal(rows::text(q, 3))});
    return result;
}

FieldProblems BeneficiaryRepository::check(const QString& membershipId,
                                           const QList<Beneficiary>& list) {
    FieldProblems problems = validateBeneficiaries(list);
    if (!sql::scalar(db_.connection(), QStringLiteral("SELECT 1 FROM memberships WHERE id = ?"),
                     {membershipId})
             .isValid())
        problems.append({QStringLiteral("membership_id"), Text::tr("ไม่พบสมาชิกนี้ในไฟล์")});
    return problems;
}

void BeneficiaryRepository::save(const QString& membershipId, QList<Beneficiary>& list) {
    QSqlDatabase& db = db_.connection();
    Transaction transaction(db);
    throwIfAny(check(membershipId, list));
    const QString now = nowUtc();
    QStringList kept;
    for (int i = 0; i < list.size(); ++i) {
        writeOne(membershipId, i + 1, list[i], now);
        kept << list.at(i).id;
    }
    QSqlQuery old = sql::run(
        db, QStringLiteral("SELECT id FROM beneficiaries WHERE membership_id = ?"), {membershipId});
    QStringList gone;
    while (old.next())
        if (!kept.contains(old.value(0).toString()))
            gone << old.value(0).toString();
    for (const QString& id : gone)
        sql::run(db, QStringLiteral("DELETE FROM beneficiaries WHERE id = ?"), {id},
                 Text::tr("การบันทึกผู้รับประโยชน์"));
    transaction.commit();
}

// Updates the row when the member already has it (its id came back from
// list()), else inserts it with a new id.
void BeneficiaryRepository::writeOne(const QString& membershipId, int position, Beneficiary& b,
                                     const QString& now) {
    QSqlDatabase& db = db_.connection();
    const bool known = !b.id.isEmpty() &&
                       sql::scalar(db,
                                   QStringLiteral("SELECT 1 FROM beneficiaries WHERE id = ? AND "
                                                  "membership_id = ?"),
                                   {b.id, membershipId})
                           .isValid();
    if (!known)
        b.id = newUuid();
    const QVariantList values{position,
                              b.name.trimmed(),
                              sql::nullIfEmpty(b.relation.trimmed()),
                              *storedDecimal(b.percent),
                              now,
                              b.id,
                              membershipId};
    sql::runList(
        db,
        known ? QStringLiteral("UPDATE beneficiaries SET position = ?, name = ?, relation = ?, "
                               "percent = ?, updated_at = ? WHERE id = ? AND membership_id = ?")
              : QStringLiteral("INSERT INTO beneficiaries (position, name, relation, percent, "
                               "updated_at, id, membership_id, created_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        known ? values : values + QVariantList{now}, Text::tr("การบันทึกผู้รับประโยชน์"));
}

}  // namespace thanrak
