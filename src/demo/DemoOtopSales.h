#pragma once

#include "otop/OtopRecords.h"

#include <QDate>
#include <QList>

#include <random>

namespace thanrak {
class Database;
}

namespace thanrak::demo {

struct SalesProduct {
    OtopProduct product;
    QDate registeredOn;   // the producer's
    bool online = false;  // also sold through online shops
};

struct SalesCounts {
    int ratings = 0;
    int sales = 0;
    int targets = 0;
};

// Product Champion rounds for the last three years with a rating of every
// product its producer had registered by then (most 3 or 4 stars, a few 5,
// some improving from round to round); each product's sales by month and
// channel for the 24 months up to `today`, and a target for last year and
// this year.
SalesCounts addChampionAndSales(Database& database, std::mt19937& rng,
                                const QList<SalesProduct>& products, const QDate& today);

}  // namespace thanrak::demo
