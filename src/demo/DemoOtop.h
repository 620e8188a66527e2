#pragma once

#include "domain/Person.h"
#include "domain/Place.h"

#include <QDate>
#include <QList>

namespace thanrak {
class Database;
}

namespace thanrak::demo {

// A demo village with the people who live there.
struct VillagePeople {
    Village village;
    QList<Person> people;
};

struct OtopCounts {
    int producers = 0;
    int products = 0;
    int photos = 0;
    int certificates = 0;
    int ratings = 0;
    int sales = 0;  // rows of a product's month through one channel
    int targets = 0;
};

// The district's OTOP register: two or three producers a tambon (community
// groups working under their village's savings group, single owners and
// SMEs owned by people of the village), their products in all five
// categories with a photo each, certificates whose expiry dates fall before,
// soon after and long after `today`, Product Champion ratings in the rounds
// of the last three years, monthly sales by channel for the 24 months up to
// `today` (fairs in November and December, online shops growing) and a
// target for this year and last. `seed` makes the same register every time.
OtopCounts addOtop(Database& database, quint32 seed, const QList<VillagePeople>& villages,
                   const QDate& today);

}  // namespace thanrak::demo
