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

struct StoryDates {
    QDate today;
    QDate booksFrom;  // savings groups: later members join through MemberService
};

// Makes one organisation of `kind` in the village, enrols most of `people` as
// members (numbered in joining order) and seats its committees. A savings
// group's members here all joined before its books start.
VillageCounts addOrganisation(Database& database, std::mt19937& rng, OrganisationKind kind,
                              const QString& villageCode, const QString& villageName,
                              const QList<Person>& people, const StoryDates& dates);

}  // namespace thanrak::demo
