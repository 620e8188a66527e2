#pragma once

#include <QDate>
#include <QString>

namespace thanrak {
class Database;
}

namespace thanrak::bench {

// The papers of the big group's last month: the monthly meeting report of
// all its members (built, laid out as PDF, written as CSV), its loan
// register and sajja grid, and the district summary of every organisation.
void timeReports(Database& database, const QString& group, const QDate& asOf, int runs);

}  // namespace thanrak::bench
