#pragma once

#include "domain/Validation.h"
#include "savings/GroupRules.h"

#include <QList>
#include <QString>

#include <optional>

namespace thanrak {

class Database;

// One saved version of a group's rules. Versions are never edited: the
// committee adds a newer one, and loans (later allocation runs) keep the id of
// the version they were made under.
struct GroupRulesVersion {
    QString id;
    QString organisationId;
    GroupRules rules;
    QString createdAt;
};

class GroupRulesRepository {
public:
    explicit GroupRulesRepository(Database& database) : db_(database) {}

    // Every version of the organisation, oldest first.
    QList<GroupRulesVersion> versions(const QString& organisationId);
    // The version in force on `day`: the latest effective on or before it.
    std::optional<GroupRulesVersion> current(const QString& organisationId, const QDate& day);
    std::optional<GroupRulesVersion> find(const QString& rulesId);

    // validateGroupRules plus: the organisation exists, no other version starts
    // the same day, percentages are storable exact decimals.
    FieldProblems check(const QString& organisationId, const GroupRules& rules);
    // Saves a new version in one transaction; throws ValidationError.
    GroupRulesVersion save(const QString& organisationId, const GroupRules& rules);

private:
    QList<GroupRulesVersion> select(const QString& where, const QVariantList& values);

    Database& db_;
};

}  // namespace thanrak
