#pragma once

#include "savings/AllocationRun.h"

#include <QList>
#include <QString>

#include <optional>

namespace thanrak {

class Database;

// The stored allocation runs (allocation_runs and their heads and member
// lines). SQL only: YearEndService decides when a run may be written, and the
// file's triggers refuse any change to a posted run.
class AllocationRunRepository {
public:
    explicit AllocationRunRepository(Database& database) : db_(database) {}

    std::optional<AllocationRun> find(const QString& runId);
    std::optional<AllocationRun> ofYear(const QString& organisationId, int year);
    // Every run of the organisation, the latest year first.
    QList<AllocationRun> ofOrganisation(const QString& organisationId);

    // Writes a new draft with its heads and members; sets id and timestamps.
    void insertDraft(AllocationRun& run);
    // Deletes a draft and its rows (a posted run is refused by the file).
    void removeDraft(const QString& runId);
    // Records the payout of each member, the entries and the approval date,
    // and marks the run posted; from then on the file refuses any change.
    void markPosted(AllocationRun& run);

private:
    QList<AllocationRun> select(const QString& where, const QVariantList& values);
    void insertHeads(const AllocationRun& run, const QString& now);
    void insertMembers(const AllocationRun& run, const QString& now);

    Database& db_;
};

}  // namespace thanrak
