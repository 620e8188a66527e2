#include "cbmc/CanvasRepository.h"

#include "base/Ids.h"
#include "cbmc/CbmcRules.h"
#include "domain/RowMapping.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cbmc)
};

const QString kSelect = QStringLiteral(
    "SELECT id, version_id, block, position, text, amount, copied_from FROM business_plan_items ");

CanvasItem readItem(const QSqlQuery& q) {
    CanvasItem item;
    item.id = rows::text(q, 0);
    item.versionId = rows::text(q, 1);
    item.block = canvasBlockFromNumber(q.value(2).toInt()).value_or(CanvasBlock::ValueProposition);
    item.position = q.value(3).toInt();
    item.text = rows::text(q, 4);
    if (!q.value(5).isNull())
        item.amount = Money::fromSatang(q.value(5).toLongLong());
    item.copiedFrom = rows::text(q, 6);
    return item;
}

QVariant amountValue(const CanvasItem& item) {
    return item.amount ? QVariant(item.amount->satang()) : QVariant();
}

[[noreturn]] void refuse(const QString& field, const QString& message) {
    throw ValidationError(FieldProblems{{field, message}});
}

// The ids of a block's cards in their order.
QStringList blockOrder(QSqlDatabase& db, const QString& versionId, CanvasBlock block) {
    QSqlQuery q = sql::run(db,
                           QStringLiteral("SELECT id FROM business_plan_items WHERE version_id = ? "
                                          "AND block = ? ORDER BY position"),
                           {versionId, blockNumber(block)});
    QStringList ids;
    while (q.next()) ids.append(rows::text(q, 0));
    return ids;
}

// Writes `ids` as the block's cards in this order, positions 1..n. SQLite
// checks UNIQUE (version, block, position) row by row, so the block is first
// lifted out of the way of the positions it is about to take.
void writeOrder(QSqlDatabase& db, const QString& versionId, CanvasBlock block,
                const QStringList& ids, const QString& doing) {
    sql::run(db,
             QStringLiteral("UPDATE business_plan_items SET position = position + 1000000 "
                            "WHERE version_id = ? AND block = ?"),
             {versionId, blockNumber(block)}, doing);
    const QString now = nowUtc();
    for (qsizetype i = 0; i < ids.size(); ++i)
        sql::run(db,
                 QStringLiteral("UPDATE business_plan_items SET block = ?, position = ?, "
                                "updated_at = ? WHERE id = ?"),
                 {blockNumber(block), int(i + 1), now, ids[i]}, doing);
}

// How many of the card's links the method would not draw were it in `block`.
int linksBrokenIn(QSqlDatabase& db, const QString& id, CanvasBlock block) {
    int broken = 0;
    QSqlQuery q = sql::run(db,
                           QStringLiteral("SELECT f.block, t.block, l.from_item_id = ? FROM "
                                          "business_plan_links l "
                                          "JOIN business_plan_items f ON f.id = l.from_item_id "
                                          "JOIN business_plan_items t ON t.id = l.to_item_id "
                                          "WHERE l.from_item_id = ? OR l.to_item_id = ?"),
                           {id, id, id});
    while (q.next()) {
        const bool outgoing = q.value(2).toBool();
        const CanvasBlock other = canvasBlockFromNumber(q.value(outgoing ? 1 : 0).toInt())
                                      .value_or(CanvasBlock::ValueProposition);
        if (!(outgoing ? linkAllowed(block, other) : linkAllowed(other, block)))
            ++broken;
    }
    return broken;
}
}  // namespace

QList<CanvasItem> CanvasRepository::items(const QString& versionId) {
    QSqlQuery q = sql::run(
        db_.connection(), kSelect + QStringLiteral("WHERE version_id = ? ORDER BY block, position"),
        {versionId});
    QList<CanvasItem> result;
    while (q.next()) result.append(readItem(q));
    return result;
}

std::optional<CanvasItem> CanvasRepository::find(const QString& id) {
    QSqlQuery q = sql::run(db_.connection(), kSelect + QStringLiteral("WHERE id = ?"), {id});
    return q.next() ? std::optional(readItem(q)) : std::nullopt;
}

FieldProblems CanvasRepository::check(const CanvasItem& item) {
    FieldProblems problems = validateItem(item);
    if (!sql::scalar(db_.connection(),
                     QStringLiteral("SELECT 1 FROM business_plan_versions WHERE id = ?"),
                     {item.versionId})
             .isValid())
        problems.append({QStringLiteral("version_id"), Text::tr("ไม่พบแผนฉบับที่เลือก")});
    return problems;
}

void CanvasRepository::add(CanvasItem& item) {
    QSqlDatabase& db = db_.connection();
    Transaction transaction(db);
    throwIfAny(check(item));
    const QString id = newUuid();
    const int position = int(blockOrder(db, item.versionId, item.block).size()) + 1;
    const QString now = nowUtc();
    sql::run(
        db,
        QStringLiteral("INSERT INTO business_plan_items (id, version_id, block, position, text, "
                       "amount, copied_from, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)"),
        {id, item.versionId, blockNumber(item.block), position, sql::trimmedText(item.text),
         amountValue(item), now, now},
        Text::tr("การเพิ่มข้อความในแคนวาส"));
    transaction.commit();
    item.id = id;
    item.position = position;
    item.copiedFrom.clear();
}

void CanvasRepository::edit(const CanvasItem& item) {
    QSqlDatabase& db = db_.connection();
    Transaction transaction(db);
    std::optional<CanvasItem> stored = find(item.id);
    if (!stored)
        refuse(QStringLiteral("id"), Text::tr("ไม่พบข้อความที่จะแก้ไข"));
    stored->text = item.text;
    stored->amount = item.amount;
    throwIfAny(check(*stored));
    sql::run(db,
             QStringLiteral("UPDATE business_plan_items SET text = ?, amount = ?, updated_at = ? "
                            "WHERE id = ?"),
             {sql::trimmedText(stored->text), amountValue(*stored), nowUtc(), stored->id},
             Text::tr("การแก้ไขข้อความในแคนวาส"));
    transaction.commit();
}

void CanvasRepository::remove(const QString& id) {
    QSqlDatabase& db = db_.connection();
    Transaction transaction(db);
    const std::optional<CanvasItem> item = find(id);
    if (!item)
        return;
    const QString doing = Text::tr("การลบข้อความในแคนวาส");
    sql::run(
        db,
        QStringLiteral("DELETE FROM business_plan_links WHERE from_item_id = ? OR to_item_id = ?"),
        {id, id}, doing);
    sql::run(db, QStringLiteral("DELETE FROM business_plan_items WHERE id = ?"), {id}, doing);
    writeOrder(db, item->versionId, item->block, blockOrder(db, item->versionId, item->block),
               doing);
    transaction.commit();
}

bool CanvasRepository::moveUp(const QString& id) {
    return moveBy(id, -1);
}
bool CanvasRepository::moveDown(const QString& id) {
    return moveBy(id, +1);
}

bool CanvasRepository::moveBy(const QString& id, int step) {
    QSqlDatabase& db = db_.connection();
    Transaction transaction(db);
    const std::optional<CanvasItem> item = find(id);
    if (!item)
        refuse(QStringLiteral("id"), Text::tr("ไม่พบข้อความที่จะย้าย"));
    QStringList order = blockOrder(db, item->versionId, item->block);
    const qsizetype from = order.indexOf(id);
    const qsizetype to = from + step;
    if (to < 0 || to >= order.size())
        return false;
    order.move(from, to);
    writeOrder(db, item->versionId, item->block, order, Text::tr("การจัดลำดับข้อความในแคนวาส"));
    transaction.commit();
    return true;
}

void CanvasRepository::moveTo(const QString& id, CanvasBlock block, int position) {
    QSqlDatabase& db = db_.connection();
    Transaction transaction(db);
    const std::optional<CanvasItem> item = find(id);
    if (!item)
        refuse(QStringLiteral("id"), Text::tr("ไม่พบข้อความที่จะย้าย"));
    if (block != item->block) {
        if (item->amount && !blockCarriesAmount(block))
            refuse(QStringLiteral("block"),
                   Text::tr("ข้อความนี้มีจำนวนเงิน ย้ายไปช่อง %1 ซึ่งไม่มีจำนวนเงินไม่ได้ "
                            "กรุณาลบจำนวนเงินก่อน")
                       .arg(canvasBlockLabel(block)));
        if (const int broken = linksBrokenIn(db, id, block); broken > 0)
            refuse(QStringLiteral("block"),
                   Text::tr("ย้ายไปช่อง %1 ไม่ได้ เพราะมีการเชื่อมโยง %2 รายการที่วิธีการแคนวาสชุมชน"
                            "ไม่อนุญาตจากช่องนั้น กรุณาลบการเชื่อมโยงเหล่านั้นก่อน")
                       .arg(canvasBlockLabel(block))
                       .arg(broken));
    }
    const QString doing = Text::tr("การย้ายข้อความในแคนวาส");
    QStringList source = blockOrder(db, item->versionId, item->block);
    source.removeAll(id);
    QStringList target = block == item->block ? source : blockOrder(db, item->versionId, block);
    target.insert(std::clamp<qsizetype>(position - 1, 0, target.size()), id);
    // The card stays lifted in its old block until the target block is written.
    if (block != item->block)
        writeOrder(db, item->versionId, item->block, source, doing);
    writeOrder(db, item->versionId, block, target, doing);
    transaction.commit();
}

}  // namespace thanrak
