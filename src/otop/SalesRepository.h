#pragma once

#include "otop/OtopRecords.h"

#include <QList>

#include <optional>

namespace thanrak {

class Database;

// Sales channels, monthly sales by channel and yearly targets.
class SalesRepository {
public:
    explicit SalesRepository(Database& database) : db_(database) {}

    QList<SalesChannel> channels();  // in their order
    // A channel the user adds ("ร้านของฝากหน้าวัด"); refuses an empty or
    // existing name (ValidationError, field "name").
    SalesChannel addChannel(const QString& name, bool online);

    // Keeps one product's sales through one channel in one month, replacing
    // what was there; zero quantity and zero amount removes the month's row.
    void saveSales(MonthlySales& sales, const QDate& today);
    // A month of one product's sales through several channels, all or none:
    // a refused line rolls back the others. Problems name the line's field
    // as "<channel id>.amount" and start with the channel's name.
    void saveMonth(QList<MonthlySales>& lines, const QDate& today);
    // A product's sales in a calendar year, by month then channel order.
    QList<MonthlySales> salesOf(const QString& productId, int year);

    void saveTarget(SalesTarget& target);  // one per product and year
    std::optional<SalesTarget> target(const QString& productId, int year);
    void removeTarget(const QString& id);

private:
    Database& db_;
};

}  // namespace thanrak
