#pragma once

#include "money/Money.h"
#include "otop/OtopRecords.h"

#include <QList>

namespace thanrak {

class Database;

// Which products a summary covers; empty fields do not narrow it.
struct OtopScope {
    QString subdistrictCode;
    QString producerId;
    QString productId;
};

// Sales of a calendar year by month (rows) and channel (columns).
struct SalesGrid {
    int year = 0;
    QList<SalesChannel> channels;  // every channel, in order
    QList<QList<Money>> amounts;   // [month 0–11][channel]
    QList<QList<int>> quantities;  // [month 0–11][channel]

    Money monthTotal(int month) const;
    Money channelTotal(int channel) const;
    Money total() const;
    int totalQuantity() const;
};
SalesGrid salesGrid(Database& database, int year, const OtopScope& scope = {});

// A product's yearly target beside what it sold that year.
struct PlanRow {
    QString productId;
    QString productName;
    QString producerName;
    QString subdistrictName;
    QString unit;
    Money target;            // zero: no target set
    int targetQuantity = 0;  // zero: none
    Money actual;
    int actualQuantity = 0;
    Money actualToMonth;  // sold from January to the month asked about
};
struct PlanTotals {
    Money target;
    Money actual;
    int withTarget = 0;  // products that have a target
    int reached = 0;     // of those, how many sold at least their target
};
// Products with a target or a sale in the year, by tambon, producer and name;
// `toMonth` (1–12) is the last month counted in actualToMonth.
QList<PlanRow> planVersusActual(Database& database, int year, int toMonth,
                                const OtopScope& scope = {});
PlanTotals planTotals(const QList<PlanRow>& rows);
// "85.3%" of the target reached, rounded half up to a tenth; "–" without a target.
QString achievedPercent(Money actual, Money target);

// The district's products by category and stars, and by tambon.
struct StarCounts {
    int byStars[6] = {0, 0, 0, 0, 0, 0};  // [0]: not rated yet; [1]–[5]: stars
    int total() const;
    int rated() const { return total() - byStars[0]; }
    void add(const StarCounts& other);
};
struct CategorySummary {
    OtopCategory category = OtopCategory::Food;
    StarCounts products;
    Money sales;
};
struct TambonSummary {
    QString subdistrictCode;
    QString subdistrictName;
    int producers = 0;
    StarCounts products;
    int certificates = 0;  // in force at the end of the year
    Money sales;
};
struct DistrictOtopSummary {
    int year = 0;
    QList<CategorySummary> categories;  // all five, in order
    QList<TambonSummary> tambons;       // every tambon with a producer
    StarCounts products;
    int producers = 0;
    Money sales;
};
// Stars are each product's latest rating in a round of `year` or before.
DistrictOtopSummary districtOtopSummary(Database& database, int year,
                                        const QString& subdistrictCode = {});

}  // namespace thanrak
