#pragma once

#include <QDate>
#include <QString>

namespace thanrak {

class Database;

struct DemoOptions {
    int villages = 30;
    quint32 seed = 2569;                // same seed, same district, every time
    QDate today = QDate(2026, 11, 22);  // "now" of the demo story
    // Savings groups keep their books in the program from this day: members
    // who joined earlier pledge anew that day, later ones join with a fee.
    // From January 2025: the whole of 2025, closed with a posted year-end
    // allocation, then 2026 up to `today`. Each month posted costs creation
    // time, so tests that need no history pass a later day.
    QDate booksFrom = QDate(2025, 1, 1);
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
    int meetings = 0;  // posted monthly meetings of the savings groups
    int receipts = 0;  // issued at those meetings
    int loans = 0;     // paid out
    int fundRounds = 0;     // village funds' loan rounds
    int fundLoans = 0;      // paid out in those rounds
    int fundStatements = 0; // bank statements reconciled
    int otopProducers = 0;
    int otopProducts = 0;     // each with a photo
    int otopCertificates = 0;
    int otopRatings = 0;      // Product Champion ratings over three rounds
    int otopSales = 0;        // rows of a product's month through one channel
    int businessPlans = 0;    // one a tambon, for a savings group with OTOP products
    int planVersions = 0;
    int planCards = 0;        // canvas cards over every version
    int planLinks = 0;
    int planKsnb = 0;
    int planAttachments = 0;
};

// Fills a new file with a realistic district (real tambons of the shipped demo
// district, invented villages and people with valid national IDs), each
// village with a savings group and a village fund, their members and
// committees; then each savings group's meetings, receipts and loans from
// `booksFrom` to `today`, and each village fund's pools, loan rounds, bank
// statements, allocations and grades from the January a year before
// `booksFrom`; and the district's OTOP producers and products with their
// photos, certificates, star ratings, sales and targets; and a community
// business plan in each tambon for a group with OTOP products. One transaction:
// on any failure nothing is left behind.
DemoSummary createDemoDistrict(Database& database, const DemoOptions& options = {});

}  // namespace thanrak
