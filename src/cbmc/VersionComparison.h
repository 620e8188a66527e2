#pragma once

#include "cbmc/CbmcRecords.h"
#include "cbmc/PlanFigures.h"

#include <QHash>
#include <QList>

namespace thanrak {

class Database;

// A card found in both versions whose text, amount or block differs.
struct ItemChange {
    CanvasItem before;
    CanvasItem after;
};

// One block of two versions side by side. A card is listed under the block
// it has in the second version (or, when it was dropped, in the first).
struct BlockComparison {
    CanvasBlock block = CanvasBlock::ValueProposition;
    QList<CanvasItem> onlyFirst;   // dropped
    QList<CanvasItem> onlySecond;  // added
    QList<CanvasItem> same;        // as in the second version
    QList<ItemChange> changed;
};

struct VersionComparison {
    QList<BlockComparison> blocks;  // all nine, in order
    CanvasFigures first;
    CanvasFigures second;
    Money revenueChange() const { return second.revenue - first.revenue; }
    Money costChange() const { return second.cost - first.cost; }
    Money profitChange() const { return second.profit() - first.profit(); }
};

// Cards are matched first by lineage (`origin` maps a card id to the card its
// copy chain started from; a card missing from it is its own origin), then,
// among those left, by equal text in the same block. Order alone is no change.
VersionComparison compareItems(const QList<CanvasItem>& first, const QList<CanvasItem>& second,
                               const QHash<QString, QString>& origin = {});
// The same for two stored versions of one plan, with lineage from copied_from.
VersionComparison compareVersions(Database& database, const QString& firstVersionId,
                                  const QString& secondVersionId);

}  // namespace thanrak
