#pragma once

#include "fund/LoanRound.h"

#include <QList>
#include <optional>

namespace thanrak {

class Database;

class LoanRoundRepository {
public:
    explicit LoanRoundRepository(Database& database) : db_(database) {}

    QList<LoanRound> list(const QString& organisationId);  // newest first
    std::optional<LoanRound> find(const QString& roundId);
    int nextRoundNo(const QString& organisationId, int year);
    void insert(LoanRound& round);
    void markClosed(const QString& roundId, const QDate& day);

private:
    Database& db_;
};

}  // namespace thanrak
