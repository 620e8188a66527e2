#include "cbmc/VersionComparison.h"

#include "cbmc/CanvasRepository.h"
#include "cbmc/VersionRepository.h"
#include "domain/RowMapping.h"
#include "storage/Database.h"
#include "storage/Sql.h"

namespace thanrak {

namespace {
bool sameContent(const CanvasItem& a, const CanvasItem& b) {
    return a.block == b.block && a.text.trimmed() == b.text.trimmed() && a.amount == b.amount;
}

// For each card of `second`, the index of its match in `first`, or -1.
QList<qsizetype> matchCards(const QList<CanvasItem>& first, const QList<CanvasItem>& second,
                            const QHash<QString, QString>& origin) {
    QList<qsizetype> match(second.size(), -1);
    QList<bool> taken(first.size(), false);
    QHash<QString, qsizetype> byOrigin;
    for (qsizetype i = 0; i < first.size(); ++i)
        byOrigin.insert(origin.value(first[i].id, first[i].id), i);
    for (qsizetype j = 0; j < second.size(); ++j) {
        const qsizetype i = byOrigin.value(origin.value(second[j].id, second[j].id), -1);
        if (i >= 0 && !taken[i]) {
            match[j] = i;
            taken[i] = true;
        }
    }
    for (qsizetype j = 0; j < second.size(); ++j) {
        if (match[j] >= 0)
            continue;
        for (qsizetype i = 0; i < first.size(); ++i) {
            if (taken[i] || first[i].block != second[j].block ||
                first[i].text.trimmed() != second[j].text.trimmed())
                continue;
            match[j] = i;
            taken[i] = true;
            break;
        }
    }
    return match;
}

// Each card's first ancestor along copied_from, over every card of a plan. A
// link to a card since removed ends the chain there, on both sides alike.
QHash<QString, QString> lineage(Database& database, const QString& planId) {
    QSqlQuery q = sql::run(database.connection(),
                           QStringLiteral("SELECT i.id, i.copied_from FROM business_plan_items i "
                                          "JOIN business_plan_versions v ON v.id = i.version_id "
                                          "WHERE v.plan_id = ?"),
                           {planId});
    QHash<QString, QString> parent;
    while (q.next()) parent.insert(rows::text(q, 0), rows::text(q, 1));
    QHash<QString, QString> origin;
    for (auto it = parent.cbegin(); it != parent.cend(); ++it) {
        QString current = it.key();
        for (int guard = 0; guard < 10000 && !parent.value(current).isEmpty(); ++guard)
            current = parent.value(current);
        origin.insert(it.key(), current);
    }
    return origin;
}
}  // namespace

VersionComparison compareItems(const QList<CanvasItem>& first, const QList<CanvasItem>& second,
                               const QHash<QString, QString>& origin) {
    VersionComparison result;
    for (CanvasBlock block : allCanvasBlocks())
        result.blocks.append(BlockComparison{block, {}, {}, {}, {}});
    auto blockOf = [&result](CanvasBlock block) -> BlockComparison& {
        return result.blocks[blockNumber(block) - 1];
    };
    const QList<qsizetype> match = matchCards(first, second, origin);
    QList<bool> matched(first.size(), false);
    for (qsizetype j = 0; j < second.size(); ++j) {
        const CanvasItem& after = second[j];
        if (match[j] < 0) {
            blockOf(after.block).onlySecond.append(after);
            continue;
        }
        const CanvasItem& before = first[match[j]];
        matched[match[j]] = true;
        if (sameContent(before, after))
            blockOf(after.block).same.append(after);
        else
            blockOf(after.block).changed.append({before, after});
    }
    for (qsizetype i = 0; i < first.size(); ++i)
        if (!matched[i])
            blockOf(first[i].block).onlyFirst.append(first[i]);
    result.first = canvasFigures(first);
    result.second = canvasFigures(second);
    return result;
}

VersionComparison compareVersions(Database& database, const QString& firstVersionId,
                                  const QString& secondVersionId) {
    CanvasRepository cards(database);
    const std::optional<PlanVersion> version = VersionRepository(database).find(secondVersionId);
    const QHash<QString, QString> origin =
        version ? lineage(database, version->planId) : QHash<QString, QString>();
    return compareItems(cards.items(firstVersionId), cards.items(secondVersionId), origin);
}

}  // namespace thanrak
