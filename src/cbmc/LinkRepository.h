#pragma once

#include "cbmc/CbmcRecords.h"
#include "domain/Validation.h"

#include <QList>

namespace thanrak {

class Database;

// The links between the cards of a version (see linkAllowed for the method's rules).
class LinkRepository {
public:
    explicit LinkRepository(Database& database) : db_(database) {}

    // Every link of a version.
    QList<CanvasLink> links(const QString& versionId);
    // The links to or from one card.
    QList<CanvasLink> linksOf(const QString& itemId);

    FieldProblems check(const CanvasLink& link);
    // Refuses (ValidationError, field "to_item_id") a link the method does not
    // draw, one between versions and one already drawn; sets the id.
    void add(CanvasLink& link);
    void remove(const QString& linkId);

private:
    Database& db_;
};

}  // namespace thanrak
