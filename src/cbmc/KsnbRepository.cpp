#include "cbmc/KsnbRepository.h"

#include "base/Ids.h"
#include "cbmc/CbmcRules.h"
#include "domain/RowMapping.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cbmc)
};

bool exists(QSqlDatabase& db, const char* table, const QString& id) {
    return sql::scalar(
               db, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(QLatin1String(table)), {id})
        .isValid();
}
}  // namespace

QList<KsnbItem> KsnbRepository::list(const QString& planId) {
    QSqlQuery q =
        sql::run(db_.connection(),
                 QStringLiteral(
                     "SELECT k.id, k.plan_id, k.kind, k.topic, k.activity, k.start_on, k.end_on, "
                     "k.responsible, k.person_id, k.status, "
                     "p.title || p.first_name || CASE WHEN p.last_name = '' THEN '' "
                     "ELSE ' ' || p.last_name END "
                     "FROM business_plan_ksnb k LEFT JOIN people p ON p.id = k.person_id "
                     "WHERE k.plan_id = ? ORDER BY "
                     "CASE k.kind WHEN 'knowledge' THEN 1 WHEN 'skill' THEN 2 WHEN 'network' THEN 3 "
                     "ELSE 4 END, k.start_on IS NULL, k.start_on, k.topic COLLATE THAI"),
                 {planId});
    QList<KsnbItem> result;
    while (q.next()) {
        KsnbItem k;
        k.id = rows::text(q, 0);
        k.planId = rows::text(q, 1);
        k.kind = ksnbKindFromKey(rows::text(q, 2)).value_or(KsnbKind::Knowledge);
        k.topic = rows::text(q, 3);
        k.activity = rows::text(q, 4);
        k.startOn = rows::date(q, 5);
        k.endOn = rows::date(q, 6);
        k.responsible = rows::text(q, 7);
        k.personId = rows::text(q, 8);
        k.status = ksnbStatusFromKey(rows::text(q, 9)).value_or(KsnbStatus::Planned);
        k.personName = rows::text(q, 10);
        result.append(k);
    }
    return result;
}

FieldProblems KsnbRepository::check(const KsnbItem& item) {
    FieldProblems problems = validateKsnb(item);
    QSqlDatabase& db = db_.connection();
    if (!exists(db, "business_plans", item.planId))
        problems.append({QStringLiteral("plan_id"), Text::tr("ไม่พบแผนธุรกิจชุมชนที่เลือก")});
    if (!item.personId.isEmpty() && !exists(db, "people", item.personId))
        problems.append({QStringLiteral("person_id"), Text::tr("ไม่พบบุคคลที่เลือกเป็นผู้รับผิดชอบ")});
    return problems;
}

void KsnbRepository::save(KsnbItem& k) {
    QSqlDatabase& db = db_.connection();
    Transaction transaction(db);
    throwIfAny(check(k));
    const bool isNew = k.id.isEmpty();
    const QString id = isNew ? newUuid() : k.id;
    const QString now = nowUtc();
    const QVariantList values = {k.planId,
                                 ksnbKindKey(k.kind),
                                 sql::trimmedText(k.topic),
                                 sql::trimmedText(k.activity),
                                 rows::dateValue(k.startOn),
                                 rows::dateValue(k.endOn),
                                 sql::trimmedText(k.responsible),
                                 sql::nullIfEmpty(k.personId),
                                 ksnbStatusKey(k.status),
                                 now,
                                 id};
    const QString doing = Text::tr("การบันทึกการพัฒนา KSNB");
    if (isNew)
        sql::runList(
            db,
            QStringLiteral("INSERT INTO business_plan_ksnb (plan_id, kind, topic, activity, "
                           "start_on, end_on, responsible, person_id, status, updated_at, "
                           "id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            values + QVariantList{now}, doing);
    else
        sql::runList(
            db,
            QStringLiteral("UPDATE business_plan_ksnb SET plan_id = ?, kind = ?, topic = ?, "
                           "activity = ?, start_on = ?, end_on = ?, responsible = ?, "
                           "person_id = ?, status = ?, updated_at = ? WHERE id = ?"),
            values, doing);
    transaction.commit();
    k.id = id;
}

void KsnbRepository::remove(const QString& id) {
    QSqlDatabase& db = db_.connection();
    Transaction transaction(db);
    sql::run(db, QStringLiteral("DELETE FROM business_plan_ksnb WHERE id = ?"), {id},
             Text::tr("การลบการพัฒนา KSNB"));
    transaction.commit();
}

}  // namespace thanrak
