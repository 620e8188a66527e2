#pragma once

#include "domain/Person.h"

#include <QDate>
#include <random>

namespace thanrak::demo {

// One invented adult living in `villageCode`, with a national ID whose check
// digit is valid and whose digits 2–5 are the district's DOPA code, as IDs
// issued at that district office are.
Person makePerson(std::mt19937& rng, const QString& villageCode, const QString& districtCode,
                  const QDate& today);

}  // namespace thanrak::demo
