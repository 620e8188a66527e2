#pragma once

#include "domain/Validation.h"
#include "savings/LoanProduct.h"

#include <QList>
#include <QString>

#include <optional>

namespace thanrak {

class Database;

// The kinds of loan an organisation offers. A product can be edited or
// retired (active = false) at any time: each contract keeps a snapshot of the
// terms it was made under.
class LoanProductRepository {
public:
    explicit LoanProductRepository(Database& database) : db_(database) {}

    // By name in Thai order; retired products only when asked.
    QList<LoanProduct> list(const QString& organisationId, bool includeRetired = false);
    std::optional<LoanProduct> find(const QString& productId);
    // The product, when it belongs to the organisation.
    std::optional<LoanProduct> find(const QString& organisationId, const QString& productId);

    // validateLoanProduct plus: the organisation exists, the name is unused,
    // rate and multiple are storable exact decimals.
    FieldProblems check(const QString& organisationId, const LoanProduct& product);
    // Inserts (empty id) or updates in one transaction; throws ValidationError.
    void save(const QString& organisationId, LoanProduct& product);

private:
    Database& db_;
};

}  // namespace thanrak
