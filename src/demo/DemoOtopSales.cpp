#include "demo/DemoOtopSales.h"

#include "demo/DemoSavingsSetup.h"
#include "otop/ChampionRepository.h"
#include "otop/OtopRules.h"
#include "otop/SalesRepository.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace thanrak::demo {

namespace {

// A product's usual total on the scoresheet: most between 70 and 89.
int qualityOf(std::mt19937& rng) {
    const int roll = draw(rng, 0, 99);
    if (roll < 5)
        return draw(rng, 90, 94);
    if (roll < 45)
        return draw(rng, 81, 88);
    if (roll < 92)
        return draw(rng, 72, 79);
    return draw(rng, 60, 68);
}

// Splits a total over the three parts in proportion to their full marks.
void splitScore(const ChampionRound& round, int total, std::mt19937& rng, ProductRating& rating) {
    const int full = round.fullMarks();
    rating.parts[0] = std::min(round.partMax[0], (total * round.partMax[0] + full / 2) / full);
    rating.parts[2] = std::min(round.partMax[2], (total * round.partMax[2] + full / 2) / full);
    rating.parts[1] = total - rating.parts[0] - rating.parts[2];
    const int shift = draw(rng, -2, 2);  // strong in one part, weaker in another
    if (rating.parts[0] + shift >= 0 && rating.parts[0] + shift <= round.partMax[0] &&
        rating.parts[1] - shift >= 0 && rating.parts[1] - shift <= round.partMax[1]) {
        rating.parts[0] += shift;
        rating.parts[1] -= shift;
    }
}

std::optional<MarkTier> tierFor(int stars) {
    if (stars == 5)
        return MarkTier::Premium;
    if (stars == 4)
        return MarkTier::Classic;
    if (stars == 3)
        return MarkTier::Standard;
    return std::nullopt;
}

int rateAll(Database& db, std::mt19937& rng, const QList<SalesProduct>& products,
            const QDate& today) {
    ChampionRepository champion(db);
    QList<ChampionRound> rounds;
    for (int year = today.year() - 2; year <= today.year(); ++year)
        rounds.append(champion.ensureRound(year));
    int rated = 0;
    for (const SalesProduct& item : products) {
        const int quality = qualityOf(rng);
        for (int r = 0; r < rounds.size(); ++r) {
            const ChampionRound& round = rounds.at(r);
            if (item.registeredOn.year() > round.year)
                continue;
            const int total = std::clamp(quality + r * draw(rng, 0, 1) + draw(rng, -2, 2), 40, 97);
            ProductRating rating;
            rating.productId = item.product.id;
            rating.roundId = round.id;
            splitScore(round, total, rng, rating);
            rating.markTier = tierFor(starsFor(round, rating.total()));
            rating.ratedOn = std::min(today, QDate(round.year, 8, draw(rng, 10, 28)));
            champion.saveRating(rating, today);
            ++rated;
        }
    }
    return rated;
}

// Buying through the year: gifts at New Year, Songkran, the fairs of
// November and December.
double seasonOf(int month) {
    static const double factors[] = {1.05, 0.9,  0.95, 1.2,  0.9,  0.85,
                                     0.85, 0.95, 0.85, 0.95, 1.25, 1.5};
    return factors[month - 1];
}

// Per cent of a month's usual units through a fair (งานแสดงและจำหน่ายสินค้า):
// OTOP City in December, the provincial fair in November, smaller ones in
// March and at OTOP Midyear in July.
int fairShare(int month) {
    switch (month) {
        case 11:
            return 60;
        case 12:
            return 80;
        case 3:
        case 7:
            return 20;
        default:
            return 0;
    }
}

struct ChannelShare {
    QString key;
    int percent = 0;
    bool growing = false;  // online shops grow month by month
};

QList<ChannelShare> sharesOf(const SalesProduct& item, int index) {
    const bool eaten = item.product.category == OtopCategory::Food ||
                       item.product.category == OtopCategory::Drink ||
                       item.product.category == OtopCategory::Herbal;
    QList<ChannelShare> shares{{QStringLiteral("shop"), eaten ? 45 : 60, false}};
    if (eaten)
        shares.append({QStringLiteral("market"), 20, false});
    if (item.online) {
        shares.append(
            {index % 2 == 0 ? QStringLiteral("shopee") : QStringLiteral("lazada"), 16, true});
        static const char* const second[] = {"line_shopping", "otop_online", "e_marketplace"};
        shares.append({QLatin1String(second[index % 3]), 8, true});
    }
    return shares;
}

int sellAll(Database& db, std::mt19937& rng, const QList<SalesProduct>& products,
            const QDate& today, QList<int>& usualUnits) {
    SalesRepository sales(db);
    QHash<QString, QString> channelIds;
    for (const SalesChannel& channel : sales.channels()) channelIds.insert(channel.key, channel.id);
    const QDate first = QDate(today.year(), today.month(), 1).addMonths(-23);
    int rows = 0;
    for (int i = 0; i < products.size(); ++i) {
        const SalesProduct& item = products.at(i);
        const int usual = item.product.monthlyCapacity * draw(rng, 35, 70) / 100;
        usualUnits.append(usual);
        QList<ChannelShare> shares = sharesOf(item, i);
        for (int m = 0; m < 24; ++m) {
            const QDate month = first.addMonths(m);
            const double growth = 0.4 + 1.2 * m / 23.0;
            const double partial = month.year() == today.year() && month.month() == today.month()
                                       ? double(today.day()) / month.daysInMonth()
                                       : 1.0;
            QList<ChannelShare> now = shares;
            if (fairShare(month.month()) > 0)
                now.append({QStringLiteral("fair"), fairShare(month.month()), false});
            for (const ChannelShare& share : now) {
                const double factor = share.percent / 100.0 * seasonOf(month.month()) * partial *
                                      (share.growing ? growth : 0.95 + 0.1 * m / 23.0) *
                                      draw(rng, 85, 115) / 100.0;
                const int units = static_cast<int>(std::lround(usual * factor));
                if (units <= 0)
                    continue;
                MonthlySales row{{},    item.product.id,
                                 month, channelIds.value(share.key),
                                 units, item.product.price * units};
                sales.saveSales(row, today);
                ++rows;
            }
        }
    }
    return rows;
}

int setTargets(Database& db, std::mt19937& rng, const QList<SalesProduct>& products,
               const QList<int>& usualUnits, const QDate& today) {
    SalesRepository sales(db);
    int targets = 0;
    for (int i = 0; i < products.size(); ++i) {
        const OtopProduct& product = products.at(i).product;
        for (int year = today.year() - 1; year <= today.year(); ++year) {
            const int units = usualUnits.at(i) * 12 * draw(rng, 95, 130) / 100;
            const qint64 baht = (product.price * units).satang() / 100;
            const qint64 rounded = std::max<qint64>(1000, (baht + 500) / 1000 * 1000);
            SalesTarget target{{},
                               product.id,
                               year,
                               Money::fromBaht(rounded),
                               i % 2 == 0 ? (units + 5) / 10 * 10 : 0};
            sales.saveTarget(target);
            ++targets;
        }
    }
    return targets;
}

}  // namespace

SalesCounts addChampionAndSales(Database& database, std::mt19937& rng,
                                const QList<SalesProduct>& products, const QDate& today) {
    SalesCounts counts;
    counts.ratings = rateAll(database, rng, products, today);
    QList<int> usualUnits;
    counts.sales = sellAll(database, rng, products, today, usualUnits);
    counts.targets = setTargets(database, rng, products, usualUnits, today);
    return counts;
}

}  // namespace thanrak::demo
