#pragma once

#include "domain/Validation.h"
#include "money/Ratio.h"

#include <QList>
#include <QString>

namespace thanrak {

class Database;

// Who receives a member's money if the member dies (ผู้รับโอนประโยชน์).
struct Beneficiary {
    QString id;
    QString name;
    QString relation;  // บุตร, คู่สมรส, ...
    Ratio percent;     // percentage points: Ratio(50) is 50 %
};

// Names present, each share above 0 with at most six decimals, and the shares
// summing to exactly 100 %. An empty list is allowed (none named yet).
FieldProblems validateBeneficiaries(const QList<Beneficiary>& beneficiaries);

class BeneficiaryRepository {
public:
    explicit BeneficiaryRepository(Database& database) : db_(database) {}

    QList<Beneficiary> list(const QString& membershipId);  // in the member's order

    FieldProblems check(const QString& membershipId, const QList<Beneficiary>& beneficiaries);
    // Replaces the member's list in one transaction: rows keep their ids when
    // given back, new ones get ids, rows left out are removed.
    void save(const QString& membershipId, QList<Beneficiary>& beneficiaries);

private:
    void writeOne(const QString& membershipId, int position, Beneficiary& beneficiary,
                  const QString& now);

    Database& db_;
};

}  // namespace thanrak
