#pragma once

#include "fund/CapitalPool.h"

#include <QList>
#include <optional>

namespace thanrak {

class Database;

// The capital_pools and pool_movements tables. Movements are written once
// and never changed; a mistake is reversed in the journal.
class PoolRepository {
public:
    explicit PoolRepository(Database& database) : db_(database) {}

    QList<CapitalPool> list(const QString& organisationId);  // by position
    std::optional<CapitalPool> find(const QString& poolId);
    int nextPosition(const QString& organisationId);
    void insert(CapitalPool& pool);

    QList<PoolMovement> movements(const QString& poolId);  // by date
    void insertMovement(PoolMovement& movement);

private:
    Database& db_;
};

}  // namespace thanrak
