#pragma once

#include "domain/Membership.h"
#include "domain/Person.h"

#include <QList>
#include <optional>

namespace thanrak {

class Database;

struct MemberRow {
    Membership membership;
    Person person;
};

struct PersonMembershipRow {
    Membership membership;
    QString organisationName;
    QString organisationCode;
};

class MembershipRepository {
public:
    explicit MembershipRepository(Database& database) : db_(database) {}

    // Members in member-number order (numbers compare as numbers when they
    // are numbers); `includeFormer` adds those who have left.
    QList<MemberRow> members(const QString& organisationId, bool includeFormer = false);
    QList<PersonMembershipRow> ofPerson(const QString& personId);
    std::optional<Membership> find(const QString& id);
    // The next free number: one past the highest numeric member number.
    QString nextMemberNo(const QString& organisationId);

    // validateMembership plus: organisation and person exist, number unused,
    // the person is not already an active member.
    FieldProblems check(const Membership& membership);
    void save(Membership& membership);

private:
    Database& db_;
};

}  // namespace thanrak
