#pragma once

#include "domain/Validation.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace thanrak {

class Database;

// A member's promise (สัจจะ) to save `shares` shares a month, from a date on.
// A change of pledge is a new row; the history stays for the sajja grid.
struct Pledge {
    QString id;
    QString membershipId;
    QDate effectiveFrom;
    int shares = 0;
};

// The pledge in force on `day` among one member's pledges (oldest first).
const Pledge* pledgeOn(const QList<Pledge>& pledges, const QDate& day);

class PledgeRepository {
public:
    explicit PledgeRepository(Database& database) : db_(database) {}

    QList<Pledge> pledges(const QString& membershipId);  // oldest first
    std::optional<Pledge> current(const QString& membershipId, const QDate& day);
    // Every pledge of the organisation's members, by membership, oldest first.
    QHash<QString, QList<Pledge>> ofOrganisation(const QString& organisationId);

    // The membership exists, the date is not before joining, shares ≥ 1. The
    // group's min/max shares are checked by the caller, which knows the rules.
    FieldProblems check(const Pledge& pledge);
    // Inserts, or replaces the shares of the pledge starting the same day.
    void save(Pledge& pledge);

private:
    Database& db_;
};

}  // namespace thanrak
