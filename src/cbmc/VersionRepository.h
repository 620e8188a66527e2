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

private:
    Database& db_;
};

}  // namespace thanrak
