#include "otop/OtopSummary.h"

#include "domain/RowMapping.h"
#include "money/MoneyFormat.h"
#include "money/Ratio.h"
#include "storage/Database.h"
#include "storage/Sql.h"

namespace thanrak {

namespace {
// The filter on products (alias pr) joined to producers (p) and villages (v).
QString scopeWhere(const OtopScope& scope, QVariantList& bindings) {
    QString where;
    if (!scope.subdistrictCode.isEmpty()) {
        where += QStringLiteral(" AND v.subdistrict_code = ?");
        bindings << scope.subdistrictCode;
    }
    if (!scope.producerId.isEmpty()) {
        where += QStringLiteral(" AND pr.producer_id = ?");
        bindings << scope.producerId;
    }
    if (!scope.productId.isEmpty()) {
        where += QStringLiteral(" AND pr.id = ?");
        bindings << scope.productId;
    }
    return where;
}

const QString kProductJoins = QStringLiteral(
    " JOIN otop_products pr ON pr.id = s.product_id JOIN otop_producers p ON p.id = pr.producer_id "
    "JOIN villages v ON v.code = p.village_code ");

QString yearFrom(int year) { return QStringLiteral("%1-01").arg(year); }
QString yearTo(int year) { return QStringLiteral("%1-12").arg(year); }
}  // namespace

Money SalesGrid::monthTotal(int month) const {
    Money sum;
    for (const Money& m : amounts.value(month)) sum += m;
    return sum;
}

Money SalesGrid::channelTotal(int channel) const {
    Money sum;
    for (const QList<Money>& month : amounts) sum += month.value(channel);
    return sum;
}

Money SalesGrid::total() const {
    Money sum;
    for (int m = 0; m < amounts.size(); ++m) sum += monthTotal(m);
    return sum;
}

int SalesGrid::totalQuantity() const {
    int sum = 0;
    for (const QList<int>& month : quantities)
        for (int q : month) sum += q;
    return sum;
}

SalesGrid salesGrid(Database& database, int year, const OtopScope& scope) {
    SalesGrid grid;
    grid.year = year;
    QSqlQuery channels = sql::run(database.connection(),
                                  QStringLiteral("SELECT id, key, name, online, position FROM "
                                                 "otop_channels ORDER BY position"));
    QHash<QString, int> column;
    while (channels.next()) {
        column.insert(rows::text(channels, 0), int(grid.channels.size()));
        grid.channels.append({rows::text(channels, 0), rows::text(channels, 1),
                              rows::text(channels, 2), channels.value(3).toBool(),
                              channels.value(4).toInt()});
    }
    for (int m = 0; m < 12; ++m) {
        grid.amounts.append(QList<Money>(grid.channels.size()));
        grid.quantities.append(QList<int>(grid.channels.size(), 0));
    }
    QVariantList bindings = {yearFrom(year), yearTo(year)};
    const QString where = scopeWhere(scope, bindings);
    QSqlQuery q = sql::runList(
        database.connection(),
        QStringLiteral("SELECT CAST(substr(s.sales_month, 6, 2) AS INTEGER), s.channel_id, "
                       "SUM(s.amount), SUM(s.quantity) FROM otop_sales s") +
            kProductJoins +
            QStringLiteral("WHERE s.sales_month BETWEEN ? AND ?") + where +
            QStringLiteral(" GROUP BY 1, 2"),
        bindings);
    while (q.next()) {
        const int month = q.value(0).toInt() - 1;
        const int at = column.value(rows::text(q, 1), -1);
        if (month < 0 || month > 11 || at < 0) continue;
        grid.amounts[month][at] = Money::fromSatang(q.value(2).toLongLong());
        grid.quantities[month][at] = q.value(3).toInt();
    }
    return grid;
}

QList<PlanRow> planVersusActual(Database& database, int year, int toMonth, const OtopScope& scope) {
    const QString lastMonth =
        QStringLiteral("%1-%2").arg(year).arg(std::clamp(toMonth, 1, 12), 2, 10, QLatin1Char('0'));
    const QString from = yearFrom(year);
    const QString to = yearTo(year);
    QVariantList bindings = {from, lastMonth, from, to, from, to, year, from, to};
    const QString where = scopeWhere(scope, bindings);
    QSqlQuery q = sql::runList(
        database.connection(),
        QStringLiteral(
            "SELECT pr.id, pr.name, p.name, sd.name_th, pr.unit, t.amount, t.quantity, "
            "COALESCE((SELECT SUM(s.amount) FROM otop_sales s WHERE s.product_id = pr.id AND "
            " s.sales_month BETWEEN ? AND ?), 0), "
            "COALESCE((SELECT SUM(s.amount) FROM otop_sales s WHERE s.product_id = pr.id AND "
            " s.sales_month BETWEEN ? AND ?), 0), "
            "COALESCE((SELECT SUM(s.quantity) FROM otop_sales s WHERE s.product_id = pr.id AND "
            " s.sales_month BETWEEN ? AND ?), 0) "
            "FROM otop_products pr JOIN otop_producers p ON p.id = pr.producer_id "
            "JOIN villages v ON v.code = p.village_code "
            "JOIN subdistricts sd ON sd.code = v.subdistrict_code "
            "LEFT JOIN otop_targets t ON t.product_id = pr.id AND t.year = ? "
            "WHERE (t.id IS NOT NULL OR EXISTS (SELECT 1 FROM otop_sales s2 WHERE "
            " s2.product_id = pr.id AND s2.sales_month BETWEEN ? AND ?))") +
            where +
            QStringLiteral(" ORDER BY sd.name_th COLLATE THAI, p.name COLLATE THAI, "
                           "pr.name COLLATE THAI"),
        bindings);
    QList<PlanRow> result;
    while (q.next()) {
        PlanRow row;
        row.productId = rows::text(q, 0);
        row.productName = rows::text(q, 1);
        row.producerName = rows::text(q, 2);
        row.subdistrictName = rows::text(q, 3);
        row.unit = rows::text(q, 4);
        row.target = Money::fromSatang(q.value(5).toLongLong());
        row.targetQuantity = q.value(6).toInt();
        row.actualToMonth = Money::fromSatang(q.value(7).toLongLong());
        row.actual = Money::fromSatang(q.value(8).toLongLong());
        row.actualQuantity = q.value(9).toInt();
        result.append(row);
    }
    return result;
}

PlanTotals planTotals(const QList<PlanRow>& rows) {
    PlanTotals totals;
    for (const PlanRow& row : rows) {
        totals.actual += row.actual;
        if (row.target.isPositive()) {
            totals.target += row.target;
            ++totals.withTarget;
            if (row.actual >= row.target) ++totals.reached;
        }
    }
    return totals;
}

QString achievedPercent(Money actual, Money target) {
    if (!target.isPositive()) return QStringLiteral("–");
    return formatDecimal(actual.ratioTo(target) * Ratio(100), 1) + QLatin1Char('%');
}

int StarCounts::total() const {
    int sum = 0;
    for (int n : byStars) sum += n;
    return sum;
}

void StarCounts::add(const StarCounts& other) {
    for (int i = 0; i < 6; ++i) byStars[i] += other.byStars[i];
}

DistrictOtopSummary districtOtopSummary(Database& database, int year,
                                        const QString& subdistrictCode) {
    DistrictOtopSummary summary;
    summary.year = year;
    for (OtopCategory c : allOtopCategories()) summary.categories.append({c, {}, {}});
    QSqlDatabase& db = database.connection();
    const QString yearEnd = QStringLiteral("%1-12-31").arg(year);
    // One row per product: its tambon, category, latest stars up to the year
    // and its sales in the year.
    QSqlQuery q = sql::run(
        db,
        QStringLiteral(
            "SELECT v.subdistrict_code, sd.name_th, pr.category, "
            "COALESCE((SELECT ra.stars FROM otop_ratings ra JOIN otop_rounds ro ON ro.id = ra.round_id "
            "  WHERE ra.product_id = pr.id AND ro.year <= ? ORDER BY ro.year DESC LIMIT 1), 0), "
            "COALESCE((SELECT SUM(s.amount) FROM otop_sales s WHERE s.product_id = pr.id AND "
            "  s.sales_month BETWEEN ? AND ?), 0), "
            "(SELECT COUNT(*) FROM otop_certificates c WHERE c.product_id = pr.id AND "
            "  c.issued_on <= ? AND (c.expires_on IS NULL OR c.expires_on >= ?)) "
            "FROM otop_products pr JOIN otop_producers p ON p.id = pr.producer_id "
            "JOIN villages v ON v.code = p.village_code "
            "JOIN subdistricts sd ON sd.code = v.subdistrict_code "
            "WHERE (? = '' OR v.subdistrict_code = ?) "
            "ORDER BY sd.name_th COLLATE THAI"),
        {year, yearFrom(year), yearTo(year), yearEnd, yearEnd, sql::trimmedText(subdistrictCode),
         sql::trimmedText(subdistrictCode)});
    QHash<QString, int> tambonAt;
    auto tambon = [&](const QString& code, const QString& name) -> TambonSummary& {
        if (!tambonAt.contains(code)) {
            tambonAt.insert(code, int(summary.tambons.size()));
            summary.tambons.append({code, name, 0, {}, 0, {}});
        }
        return summary.tambons[tambonAt.value(code)];
    };
    while (q.next()) {
        TambonSummary& t = tambon(rows::text(q, 0), rows::text(q, 1));
        const int stars = std::clamp(q.value(3).toInt(), 0, 5);
        const Money sales = Money::fromSatang(q.value(4).toLongLong());
        ++t.products.byStars[stars];
        t.sales += sales;
        t.certificates += q.value(5).toInt();
        const std::optional<OtopCategory> category = otopCategoryFromKey(rows::text(q, 2));
        CategorySummary& c = summary.categories[int(allOtopCategories().indexOf(
            category.value_or(OtopCategory::Food)))];
        ++c.products.byStars[stars];
        c.sales += sales;
        ++summary.products.byStars[stars];
        summary.sales += sales;
    }
    QSqlQuery producers = sql::run(
        db,
        QStringLiteral("SELECT v.subdistrict_code, sd.name_th, COUNT(*) FROM otop_producers p "
                       "JOIN villages v ON v.code = p.village_code "
                       "JOIN subdistricts sd ON sd.code = v.subdistrict_code "
                       "WHERE (? = '' OR v.subdistrict_code = ?) GROUP BY 1, 2 "
                       "ORDER BY sd.name_th COLLATE THAI"),
        {sql::trimmedText(subdistrictCode), sql::trimmedText(subdistrictCode)});
    while (producers.next()) {
        tambon(rows::text(producers, 0), rows::text(producers, 1)).producers =
            producers.value(2).toInt();
        summary.producers += producers.value(2).toInt();
    }
    return summary;
}

}  // namespace thanrak
