#include "cbmc/LinkRepository.h"

#include "base/Ids.h"
#include "cbmc/CanvasRepository.h"
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

QList<CanvasLink> readLinks(QSqlQuery& q) {
    QList<CanvasLink> result;
    while (q.next()) result.append({rows::text(q, 0), rows::text(q, 1), rows::text(q, 2)});
    return result;
}
}  // namespace

QList<CanvasLink> LinkRepository::links(const QString& versionId) {
    QSqlQuery q = sql::run(db_.connection(),
                           QStringLiteral("SELECT l.id, l.from_item_id, l.to_item_id FROM "
                                          "business_plan_links l JOIN business_plan_items f ON "
                                          "f.id = l.from_item_id JOIN business_plan_items t ON "
                                          "t.id = l.to_item_id WHERE f.version_id = ? "
                                          "ORDER BY f.block, f.position, t.block, t.position"),
                           {versionId});
    return readLinks(q);
}

QList<CanvasLink> LinkRepository::linksOf(const QString& itemId) {
    QSqlQuery q = sql::run(db_.connection(),
                           QStringLiteral("SELECT l.id, l.from_item_id, l.to_item_id FROM "
                                          "business_plan_links l JOIN business_plan_items f ON "
                                          "f.id = l.from_item_id JOIN business_plan_items t ON "
                                          "t.id = l.to_item_id WHERE l.from_item_id = ? OR "
                                          "l.to_item_id = ? ORDER BY f.block, f.position, t.block, "
                                          "t.position"),
                           {itemId, itemId});
    return readLinks(q);
}

FieldProblems LinkRepository::check(const CanvasLink& link) {
    CanvasRepository cards(db_);
    const std::optional<CanvasItem> from = cards.find(link.fromItemId);
    const std::optional<CanvasItem> to = cards.find(link.toItemId);
    if (!from)
        return {{QStringLiteral("from_item_id"), Text::tr("ไม่พบข้อความต้นทางของการเชื่อมโยง")}};
    if (!to)
        return {{QStringLiteral("to_item_id"), Text::tr("ไม่พบข้อความปลายทางของการเชื่อมโยง")}};
    FieldProblems problems = validateLink(*from, *to);
    if (problems.isEmpty() &&
        sql::scalar(db_.connection(),
                    QStringLiteral("SELECT 1 FROM business_plan_links WHERE from_item_id = ? AND "
                                   "to_item_id = ?"),
                    {link.fromItemId, link.toItemId})
            .isValid())
        problems.append({QStringLiteral("to_item_id"), Text::tr("สองข้อความนี้เชื่อมกันอยู่แล้ว")});
    return problems;
}

void LinkRepository::add(CanvasLink& link) {
    QSqlDatabase& db = db_.connection();
    Transaction transaction(db);
    throwIfAny(check(link));
    const QString id = newUuid();
    const QString now = nowUtc();
    sql::run(db,
             QStringLiteral("INSERT INTO business_plan_links (id, from_item_id, to_item_id, "
                            "created_at, updated_at) VALUES (?, ?, ?, ?, ?)"),
             {id, link.fromItemId, link.toItemId, now, now}, Text::tr("การเชื่อมโยงข้อความ"));
    transaction.commit();
    link.id = id;
}

void LinkRepository::remove(const QString& linkId) {
    QSqlDatabase& db = db_.connection();
    Transaction transaction(db);
    sql::run(db, QStringLiteral("DELETE FROM business_plan_links WHERE id = ?"), {linkId},
             Text::tr("การลบการเชื่อมโยง"));
    transaction.commit();
}

}  // namespace thanrak
