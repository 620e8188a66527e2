#include "domain/OrganisationRepository.h"

#include "base/Ids.h"
#include "domain/Place.h"
#include "domain/RowMapping.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QStringList>

namespace thanrak {

namespace {
const QString kColumns = QStringLiteral(
    "o.id, o.kind, o.code, o.name, o.village_code, o.registered_on, o.registration_no, o.phone, "
    "o.notes, o.created_at, o.updated_at");

Organisation readOrganisation(const QSqlQuery& q) {
    Organisation o;
    o.id = rows::text(q, 0);
    o.kind = organisationKindFromKey(rows::text(q, 1)).value_or(OrganisationKind::SavingsGroup);
    o.code = rows::text(q, 2);
    o.name = rows::text(q, 3);
    o.villageCode = rows::text(q, 4);
    o.registeredOn = rows::date(q, 5);
    o.registrationNo = rows::text(q, 6);
    o.phone = rows::text(q, 7);
    o.notes = rows::text(q, 8);
    o.createdAt = rows::text(q, 9);
    o.updatedAt = rows::text(q, 10);
    return o;
}
}  // namespace

QList<OrganisationSummary> OrganisationRepository::list(const OrganisationFilter& filter) {
    QStringList where{QStringLiteral("1")};
    QVariantList values;
    auto add = [&](const QString& condition, const QVariant& value) {
        where << condition;
        values << value;
    };
    if (!filter.villageCode.isEmpty())
        add(QStringLiteral("o.village_code = ?"), filter.villageCode);
    else if (!filter.subdistrictCode.isEmpty())
        add(QStringLiteral("v.subdistrict_code = ?"), filter.subdistrictCode);
    else if (!filter.districtCode.isEmpty())
        add(QStringLiteral("s.district_code = ?"), filter.districtCode);
    if (filter.kind)
        add(QStringLiteral("o.kind = ?"), organisationKindKey(*filter.kind));
    if (!filter.text.trimmed().isEmpty()) {
        where << QStringLiteral("(instr(o.name, ?) > 0 OR instr(lower(o.code), lower(?)) > 0)");
        values << filter.text.trimmed() << filter.text.trimmed();
    }
    QSqlQuery q = sql::runList(db_.connection(), QStringLiteral(
                  "SELECT %1, v.moo, v.name_th, s.name_th, d.name_th, "
                  "(SELECT count(*) FROM memberships m WHERE m.organisation_id = o.id AND "
                  "(m.left_on IS NULL OR m.left_on >= date('now', 'localtime'))) "
                  "FROM organisations o JOIN villages v ON v.code = o.village_code "
                  "JOIN subdistricts s ON s.code = v.subdistrict_code "
                  "JOIN districts d ON d.code = s.district_code WHERE %2 "
                  "ORDER BY o.village_code, o.kind, o.name COLLATE THAI")
                  .arg(kColumns, where.join(QStringLiteral(" AND "))),
        values, QCoreApplication::translate("Organisation", "การอ่านรายชื่อองค์กร"));
    QList<OrganisationSummary> result;
    while (q.next()) {
        const Village village{{}, {}, q.value(11).toInt(), rows::text(q, 12)};
        result.append({readOrganisation(q), villageLabel(village), rows::text(q, 13),
                       rows::text(q, 14), q.value(15).toInt()});
    }
    return result;
}

std::optional<Organisation> OrganisationRepository::find(const QString& id) {
    QSqlQuery q = sql::run(db_.connection(),
                           QStringLiteral("SELECT %1 FROM organisations o WHERE o.id = ?").arg(kColumns),
                           {id});
    return q.next() ? std::optional(readOrganisation(q)) : std::nullopt;
}

std::optional<Organisation> OrganisationRepository::findByCode(const QString& code) {
    QSqlQuery q = sql::run(db_.connection(),
                           QStringLiteral("SELECT %1 FROM organisations o WHERE o.code = ?").arg(kColumns),
                           {code});
    return q.next() ? std::optional(readOrganisation(q)) : std::nullopt;
}

FieldProblems OrganisationRepository::check(const Organisation& o) {
    FieldProblems problems = validateOrganisation(o, QDate::currentDate());
    const std::optional<Organisation> sameCode = findByCode(o.code.trimmed());
    if (sameCode && sameCode->id != o.id)
        problems.append({QStringLiteral("code"),
                         QCoreApplication::translate("Organisation", "รหัส %1 เป็นของ %2 แล้ว")
                             .arg(o.code.trimmed(), sameCode->name)});
    if (!o.villageCode.isEmpty() &&
        !sql::scalar(db_.connection(), QStringLiteral("SELECT 1 FROM villages WHERE code = ?"),
                     {o.villageCode})
             .isValid())
        problems.append({QStringLiteral("village_code"),
                         QCoreApplication::translate("Organisation", "ไม่พบหมู่บ้านรหัส %1")
                             .arg(o.villageCode)});
    return problems;
}

void OrganisationRepository::save(Organisation& o) {
    Transaction transaction(db_.connection());
    o.code = o.code.trimmed();
    o.name = o.name.trimmed();
    throwIfAny(check(o));
    const QString now = nowUtc();
    const bool inserting = o.id.isEmpty();
    const QString id = inserting ? newUuid() : o.id;
    QVariantList values{organisationKindKey(o.kind), o.code, o.name, o.villageCode,
                        rows::dateValue(o.registeredOn), sql::nullIfEmpty(o.registrationNo),
                        sql::nullIfEmpty(o.phone), sql::nullIfEmpty(o.notes), now, id};
    if (inserting)
        values << now;
    sql::runList(db_.connection(),
                 inserting ? QStringLiteral("INSERT INTO organisations (kind, code, name, "
                                            "village_code, registered_on, registration_no, phone, "
                                            "notes, updated_at, id, created_at) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                           : QStringLiteral("UPDATE organisations SET kind = ?, code = ?, name = ?, "
                                            "village_code = ?, registered_on = ?, "
                                            "registration_no = ?, phone = ?, notes = ?, "
                                            "updated_at = ? WHERE id = ?"),
                 values, QCoreApplication::translate("Organisation", "การบันทึกองค์กร"));
    transaction.commit();
    o.id = id;
    o.updatedAt = now;
    if (inserting)
        o.createdAt = now;
}

}  // namespace thanrak
