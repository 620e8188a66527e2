#pragma once

#include "cbmc/CbmcRecords.h"
#include "domain/Validation.h"

#include <QList>

#include <optional>

namespace thanrak {

class Database;

class VersionRepository {
public:
    explicit VersionRepository(Database& database) : db_(database) {}

    // A plan's versions, oldest first.
    QList<PlanVersion> versions(const QString& planId);
    std::optional<PlanVersion> find(const QString& id);

    // A new version numbered after the plan's latest, starting as a copy of
    // `basedOnId`: every card (remembering the card it was copied from) and
    // every link between them, with its ends moved to the copies. Later edits
    // of either version leave the other as it was.
    PlanVersion newVersion(const QString& basedOnId, const QDate& dated, const QString& note = {});

    // Saves a version's date and note; its cards are edited card by card.
    void save(const PlanVersion& version);
    // Deletes the plan's latest version with its cards and links, for a
    // version made by mistake. The only version of a plan, or one a later
    // version was made after, is refused.
    void removeLatest(const QString& versionId);

private:
    Database& db_;
};

}  // namespace thanrak
