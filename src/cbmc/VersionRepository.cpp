#include "cbmc/VersionRepository.h"

#include "base/Ids.h"
#include "cbmc/CbmcRules.h"
#include "domain/RowMapping.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cbmc)
};

const QString kSelect = QStringLiteral(
    "SELECT id, plan_id, version_no, version_date, based_on_id, note FROM business_plan_versions ");

PlanVersion readVersion(const QSqlQuery& q) {
    return {rows::text(q, 0), rows::text(q, 1), q.value(2).toInt(),
            rows::date(q, 3), rows::text(q, 4), rows::text(q, 5)};
}
}  // namespace

QList<PlanVersion> VersionRepository::versions(const QString& planId) {
    QSqlQuery q =
        sql::run(db_.connection(),
                 kSelect + QStringLiteral("WHERE plan_id = ? ORDER BY version_no"), {planId});
    QList<PlanVersion> result;
    while (q.next()) result.append(readVersion(q));
    return result;
}

std::optional<PlanVersion> VersionRepository::find(const QString& id) {
    QSqlQuery q = sql::run(db_.connection(), kSelect + QStringLiteral("WHERE id = ?"), {id});
    return q.next() ? std::optional(readVersion(q)) : std::nullopt;
}

PlanVersion VersionRepository::newVersion(const QString& basedOnId, const QDate& dated,
                                          const QString& note) {
    QSqlDatabase& db = db_.connection();
    Transaction transaction(db);
    const std::optional<PlanVersion> base = find(basedOnId);
    if (!base)
        throw ValidationError(
            FieldProblems{{QStringLiteral("based_on_id"), Text::tr("ไม่พบแผนฉบับที่จะใช้เป็นต้นแบบ")}});
    PlanVersion version{newUuid(), base->planId, 0, dated, basedOnId, sql::trimmedText(note)};
    throwIfAny(validateVersion(version));
    version.number =
        sql::scalar(db,
                    QStringLiteral("SELECT MAX(version_no) FROM business_plan_versions "
                                   "WHERE plan_id = ?"),
                    {version.planId})
            .toInt() +
        1;
    const QString now = nowUtc();
    const QString doing = Text::tr("การสร้างแผนฉบับใหม่");
    sql::run(db,
             QStringLiteral("INSERT INTO business_plan_versions (id, plan_id, version_no, "
                            "version_date, based_on_id, note, created_at, updated_at) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
             {version.id, version.planId, version.number, rows::dateValue(dated), basedOnId,
              version.note, now, now},
             doing);

    QHash<QString, QString> copyOf;  // old card id -> its copy
    QSqlQuery items = sql::run(db,
                               QStringLiteral("SELECT id, block, position, text, amount FROM "
                                              "business_plan_items WHERE version_id = ?"),
                               {basedOnId});
    while (items.next()) {
        const QString copy = newUuid();
        copyOf.insert(rows::text(items, 0), copy);
        sql::run(db,
                 QStringLiteral("INSERT INTO business_plan_items (id, version_id, block, position, "
                                "text, amount, copied_from, created_at, updated_at) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {copy, version.id, items.value(1), items.value(2), items.value(3), items.value(4),
                  rows::text(items, 0), now, now},
                 doing);
    }
    QSqlQuery links = sql::run(db,
                               QStringLiteral("SELECT l.from_item_id, l.to_item_id FROM "
                                              "business_plan_links l JOIN business_plan_items i ON "
                                              "i.id = l.from_item_id WHERE i.version_id = ?"),
                               {basedOnId});
    while (links.next())
        sql::run(db,
                 QStringLiteral("INSERT INTO business_plan_links (id, from_item_id, to_item_id, "
                                "created_at, updated_at) VALUES (?, ?, ?, ?, ?)"),
                 {newUuid(), copyOf.value(rows::text(links, 0)), copyOf.value(rows::text(links, 1)),
                  now, now},
                 doing);
    transaction.commit();
    return version;
}

void VersionRepository::save(const PlanVersion& version) {
    QSqlDatabase& db = db_.connection();
    Transaction transaction(db);
    throwIfAny(validateVersion(version));
    QSqlQuery q = sql::run(db,
                           QStringLiteral("UPDATE business_plan_versions SET version_date = ?, "
                                          "note = ?, updated_at = ? WHERE id = ?"),
                           {rows::dateValue(version.dated), sql::trimmedText(version.note),
                            nowUtc(), version.id},
                           Text::tr("การบันทึกแผนฉบับนี้"));
    if (q.numRowsAffected() != 1)
        throwIfAny({{QStringLiteral("id"), Text::tr("ไม่พบแผนฉบับที่เลือก")}});
    transaction.commit();
}

void VersionRepository::removeLatest(const QString& versionId) {
    QSqlDatabase& db = db_.connection();
    Transaction transaction(db);
    const std::optional<PlanVersion> version = find(versionId);
    if (!version)
        throwIfAny({{QStringLiteral("id"), Text::tr("ไม่พบแผนฉบับที่เลือก")}});
    const int latest = sql::scalar(db,
                                   QStringLiteral("SELECT MAX(version_no) FROM "
                                                  "business_plan_versions WHERE plan_id = ?"),
                                   {version->planId})
                           .toInt();
    if (version->number == 1)
        throwIfAny({{QStringLiteral("id"),
                     Text::tr("ลบรุ่น 1 ไม่ได้ แผนต้องมีอย่างน้อยหนึ่งรุ่น หากไม่ใช้แผนนี้แล้วให้ลบทั้งแผน")}});
    if (version->number != latest)
        throwIfAny({{QStringLiteral("id"),
                     Text::tr("ลบได้เฉพาะรุ่นล่าสุด (รุ่น %1) รุ่น %2 มีรุ่นที่ทำต่อจากนั้นแล้ว")
                         .arg(latest)
                         .arg(version->number)}});
    const QString doing = Text::tr("การลบแผนฉบับนี้");
    sql::run(db,
             QStringLiteral("DELETE FROM business_plan_links WHERE from_item_id IN "
                            "(SELECT id FROM business_plan_items WHERE version_id = ?) OR "
                            "to_item_id IN (SELECT id FROM business_plan_items WHERE "
                            "version_id = ?)"),
             {versionId, versionId}, doing);
    sql::run(db, QStringLiteral("DELETE FROM business_plan_items WHERE version_id = ?"),
             {versionId}, doing);
    sql::run(db, QStringLiteral("DELETE FROM business_plan_versions WHERE id = ?"), {versionId},
             doing);
    transaction.commit();
}

}  // namespace thanrak
