#pragma once

#include "fund/Grading.h"

#include <optional>

namespace thanrak {

class Database;

// Grading schemes and the grades given with them. Saving a fund's grade for
// a year replaces that year's earlier grade (an assessment can be redone);
// the scheme it was given under is kept as it was.
class GradeRepository {
public:
    explicit GradeRepository(Database& database) : db_(database) {}

    // The shipped scheme, stored on first use; returns it with its id.
    GradingScheme ensureDefaultScheme();
    QList<GradingScheme> schemes();
    std::optional<GradingScheme> scheme(const QString& schemeId);

    // Checks the scores against the scheme, computes the grade and keeps it.
    FundGrade save(FundGrade grade);
    std::optional<FundGrade> find(const QString& organisationId, int year);
    QList<FundGrade> ofFund(const QString& organisationId);  // newest year first

private:
    Database& db_;
};

}  // namespace thanrak
