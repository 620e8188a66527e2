#pragma once

#include <QDate>
#include <QString>

namespace thanrak {

class Database;

struct DemoOptions {
    int villages = 30;
    quint32 seed = 2569;            // same seed, same district, every time
    QDate today = QDate(2026, 11, 22);  // "now" of the demo story
};

struct DemoSummary {
    QString districtCode;
    QString districtName;
    int subdistricts = 0;
    int villages = 0;
    int organisations = 0;
    int people = 0;
    int memberships = 0;
    int committeeSeats = 0;
};

// Fills a new file with a realistic district (real tambons of the shipped demo
// district, invented villages and people with valid national IDs), each
// village with a savings group and a village fund, their members and
// committees. One transaction: on any failure nothing is left behind.
DemoSummary createDemoDistrict(Database& database, const DemoOptions& options = {});

}  // namespace thanrak
