#include "otop/ProducerRepository.h"

#include "base/Error.h"
#include "base/Ids.h"
#include "domain/RowMapping.h"
#include "otop/OtopRules.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Otop)
};

const QString kSelect = QStringLiteral(
    "SELECT p.id, p.producer_type, p.name, p.organisation_id, p.person_id, p.village_code, "
    "p.contact_name, p.phone, p.member_count, p.registered_on, p.registration_no, p.notes, "
    "v.name_th || ' หมู่ที่ ' || v.moo, s.name_th, "
    "COALESCE(o.name, TRIM(pe.title || pe.first_name || ' ' || pe.last_name), ''), "
    "(SELECT COUNT(*) FROM otop_products pr WHERE pr.producer_id = p.id) "
    "FROM otop_producers p JOIN villages v ON v.code = p.village_code "
    "JOIN subdistricts s ON s.code = v.subdistrict_code "
    "LEFT JOIN organisations o ON o.id = p.organisation_id "
    "LEFT JOIN people pe ON pe.id = p.person_id ");

ProducerRow readRow(const QSqlQuery& q) {
    ProducerRow row;
    OtopProducer& p = row.producer;
    p.id = rows::text(q, 0);
    p.type = producerTypeFromKey(rows::text(q, 1)).value_or(ProducerType::CommunityGroup);
    p.name = rows::text(q, 2);
    p.organisationId = rows::text(q, 3);
    p.personId = rows::text(q, 4);
    p.villageCode = rows::text(q, 5);
    p.contactName = rows::text(q, 6);
    p.phone = rows::text(q, 7);
    p.memberCount = q.value(8).toInt();
    p.registeredOn = rows::date(q, 9);
    p.registrationNo = rows::text(q, 10);
    p.notes = rows::text(q, 11);
    row.villageLabel = rows::text(q, 12);
    row.subdistrictName = rows::text(q, 13);
    row.linkedName = rows::text(q, 14);
    row.products = q.value(15).toInt();
    return row;
}

bool exists(Database& db, const QString& statement, const QString& key) {
    return sql::scalar(db.connection(), statement, {key}).isValid();
}
}  // namespace

QList<ProducerRow> ProducerRepository::list(const ProducerFilter& filter) {
    QString where = QStringLiteral("WHERE 1 = 1");
    QVariantList bindings;
    if (!filter.subdistrictCode.isEmpty()) {
        where += QStringLiteral(" AND v.subdistrict_code = ?");
        bindings << filter.subdistrictCode;
    }
    if (!sql::trimmedText(filter.text).isEmpty()) {
        where += QStringLiteral(" AND (p.name LIKE ? OR p.registration_no LIKE ?)");
        const QString like = QLatin1Char('%') + sql::trimmedText(filter.text) + QLatin1Char('%');
        bindings << like << like;
    }
    QSqlQuery q = sql::runList(db_.connection(),
                               kSelect + where +
                                   QStringLiteral(" ORDER BY s.name_th COLLATE THAI, v.moo, "
                                                  "p.name COLLATE THAI"),
                               bindings);
    QList<ProducerRow> result;
    while (q.next()) result.append(readRow(q));
    return result;
}

std::optional<OtopProducer> ProducerRepository::find(const QString& id) {
    QSqlQuery q = sql::run(db_.connection(), kSelect + QStringLiteral("WHERE p.id = ?"), {id});
    return q.next() ? std::optional(readRow(q).producer) : std::nullopt;
}

FieldProblems ProducerRepository::check(const OtopProducer& p, const QDate& today) {
    FieldProblems problems = validateProducer(p, today);
    if (!p.villageCode.isEmpty() &&
        !exists(db_, QStringLiteral("SELECT 1 FROM villages WHERE code = ?"), p.villageCode))
        problems.append({QStringLiteral("village_code"), Text::tr("ไม่พบหมู่บ้านรหัส %1").arg(p.villageCode)});
    if (!p.organisationId.isEmpty() &&
        !exists(db_, QStringLiteral("SELECT 1 FROM organisations WHERE id = ?"), p.organisationId))
        problems.append({QStringLiteral("organisation_id"), Text::tr("ไม่พบองค์กรที่เลือก")});
    if (!p.personId.isEmpty() &&
        !exists(db_, QStringLiteral("SELECT 1 FROM people WHERE id = ?"), p.personId))
        problems.append({QStringLiteral("person_id"), Text::tr("ไม่พบบุคคลที่เลือก")});
    const QString number = sql::trimmedText(p.registrationNo);
    if (!number.isEmpty()) {
        const QVariant other = sql::scalar(
            db_.connection(),
            QStringLiteral("SELECT name FROM otop_producers WHERE registration_no = ? AND id <> ?"),
            {number, sql::trimmedText(p.id)});
        if (other.isValid())
            problems.append({QStringLiteral("registration_no"),
                             Text::tr("เลขทะเบียน %1 เป็นของ %2 อยู่แล้ว").arg(number, other.toString())});
    }
    return problems;
}

void ProducerRepository::save(OtopProducer& p, const QDate& today) {
    QSqlDatabase& db = db_.connection();
    Transaction transaction(db);
    throwIfAny(check(p, today));
    const bool isNew = p.id.isEmpty();
    if (isNew) p.id = newUuid();
    const QString now = nowUtc();
    const QString doing = Text::tr("การบันทึกผู้ผลิต");
    const QVariantList values = {producerTypeKey(p.type), sql::trimmedText(p.name),
                                 sql::nullIfEmpty(p.organisationId), sql::nullIfEmpty(p.personId),
                                 p.villageCode, sql::trimmedText(p.contactName), sql::trimmedText(p.phone),
                                 p.memberCount, rows::dateValue(p.registeredOn),
                                 sql::trimmedText(p.registrationNo), sql::trimmedText(p.notes), now, p.id};
    if (isNew)
        sql::runList(db,
                     QStringLiteral("INSERT INTO otop_producers (producer_type, name, "
                                    "organisation_id, person_id, village_code, contact_name, phone, "
                                    "member_count, registered_on, registration_no, notes, "
                                    "updated_at, id, created_at) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     values + QVariantList{now}, doing);
    else
        sql::runList(db,
                     QStringLiteral("UPDATE otop_producers SET producer_type = ?, name = ?, "
                                    "organisation_id = ?, person_id = ?, village_code = ?, "
                                    "contact_name = ?, phone = ?, member_count = ?, "
                                    "registered_on = ?, registration_no = ?, notes = ?, "
                                    "updated_at = ? WHERE id = ?"),
                     values, doing);
    transaction.commit();
}

void ProducerRepository::remove(const QString& id) {
    QSqlDatabase& db = db_.connection();
    Transaction transaction(db);
    const int products =
        sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM otop_products WHERE producer_id = ?"),
                    {id})
            .toInt();
    if (products > 0)
        throw Error(QStringLiteral("otop.in_use"),
                    Text::tr("ผู้ผลิตนี้ยังมีผลิตภัณฑ์ %1 รายการ กรุณาลบผลิตภัณฑ์ก่อน").arg(products));
    sql::run(db, QStringLiteral("DELETE FROM otop_producers WHERE id = ?"), {id},
             Text::tr("การลบผู้ผลิต"));
    transaction.commit();
}

}  // namespace thanrak
