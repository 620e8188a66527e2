#pragma once

#include "cbmc/CbmcRecords.h"
#include "domain/Validation.h"

#include <QList>

#include <optional>

namespace thanrak {

class Database;

// The cards of one version's canvas. Positions within a block always run
// 1..n: every add, removal and move renumbers the blocks it touches.
//
// Moving a card to another block keeps its links only if the method still
// allows each of them from the new block; otherwise the move is refused
// (field "block") and nothing changes, so no link the group drew disappears
// without them removing it. A card with an amount cannot move to a block
// that carries none, for the same reason.
class CanvasRepository {
public:
    explicit CanvasRepository(Database& database) : db_(database) {}

    // Every card of a version, by block and position.
    QList<CanvasItem> items(const QString& versionId);
    std::optional<CanvasItem> find(const QString& id);

    FieldProblems check(const CanvasItem& item);
    // Adds a card at the end of its block; sets its id and position.
    void add(CanvasItem& item);
    // Saves a card's text and amount (its block and place stay).
    void edit(const CanvasItem& item);
    // Removes a card with every link to or from it.
    void remove(const QString& id);

    // One place up or down within its block; false at the top or bottom.
    bool moveUp(const QString& id);
    bool moveDown(const QString& id);
    // To `position` (1 = first; past the end = last) of `block`.
    void moveTo(const QString& id, CanvasBlock block, int position);

private:
    bool moveBy(const QString& id, int step);
    Database& db_;
};

}  // namespace thanrak
