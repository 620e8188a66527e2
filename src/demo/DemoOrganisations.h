#pragma once

#include "domain/Organisation.h"
#include "domain/Person.h"

#include <QDate>
#include <QList>
#include <random>

namespace thanrak {
class Database;
}

namespace thanrak::demo {

struct VillageCounts {
    int organisations = 0;
    int memberships = 0;
    int committeeSeats = 0;
};

// Makes one organisation of `kind` in the village, enrols most of `people` as
// members (numbered in joining order) and seats its committees.
VillageCounts addOrganisation(Database& database, std::mt19937& rng, OrganisationKind kind,
                              const QString& villageCode, const QString& villageName,
                              const QList<Person>& people, const QDate& today);

}  // namespace thanrak::demo
