#pragma once

#include "otop/OtopRecords.h"

#include <QDate>

#include <random>

namespace thanrak {
class Database;
}

namespace thanrak::demo {

// Gives the demo's products their certificates with numbers and issuers of
// the right form. Of those that expire, every sixth runs out within 90 days
// of `today` and every ninth has run out already, so the expiry list and the
// start screen have something to show; the rest are good for months or years.
class CertificatePlanner {
public:
    explicit CertificatePlanner(const QDate& today) : today_(today) {}

    // One certificate for each key in `standards` ("fda tcps"); returns how
    // many were kept.
    int certify(Database& database, std::mt19937& rng, const OtopProduct& product,
                const QString& standards);

private:
    QDate expiryOf(std::mt19937& rng, int validYears);

    QDate today_;
    int expiring_ = 0;  // certificates with an expiry date so far
};

}  // namespace thanrak::demo
