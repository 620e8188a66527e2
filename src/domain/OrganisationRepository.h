#pragma once

#include "domain/Organisation.h"

#include <QList>
#include <optional>

namespace thanrak {

class Database;

// Narrows the organisations list; empty fields do not filter.
struct OrganisationFilter {
    QString districtCode;
    QString subdistrictCode;
    QString villageCode;
    std::optional<OrganisationKind> kind;
    QString text;  // part of the name or code
};

struct OrganisationSummary {
    Organisation organisation;
    QString villageLabel;      // "บ้านหนองบัว หมู่ที่ 5"
    QString subdistrictName;
    QString districtName;
    int activeMembers = 0;
};

class OrganisationRepository {
public:
    explicit OrganisationRepository(Database& database) : db_(database) {}

    QList<OrganisationSummary> list(const OrganisationFilter& filter);
    std::optional<Organisation> find(const QString& id);
    std::optional<Organisation> findByCode(const QString& code);

    // validateOrganisation plus the rules that need the file (unique code,
    // village exists).
    FieldProblems check(const Organisation& organisation);
    // Inserts (id empty: a UUID is assigned) or updates, in one transaction.
    void save(Organisation& organisation);

private:
    Database& db_;
};

}  // namespace thanrak
