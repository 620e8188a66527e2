#pragma once

#include "cbmc/CbmcRecords.h"
#include "domain/Validation.h"

#include <QList>

namespace thanrak {

class Database;

// A plan's capacity-building items (KSNB).
class KsnbRepository {
public:
    explicit KsnbRepository(Database& database) : db_(database) {}

    // By kind (K, S, N, B), then start date and topic.
    QList<KsnbItem> list(const QString& planId);
    FieldProblems check(const KsnbItem& item);
    void save(KsnbItem& item);
    void remove(const QString& id);

private:
    Database& db_;
};

}  // namespace thanrak
