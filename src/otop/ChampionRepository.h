#pragma once

#include "otop/OtopRecords.h"

#include <QList>

#include <optional>

namespace thanrak {

class Database;

// A product's rating with the round it was given in, for its history.
struct RatingRow {
    ProductRating rating;
    ChampionRound round;
};

// OTOP Product Champion rounds and the ratings given in them. A rating's
// stars always follow its round's thresholds: they are computed when the
// rating is saved, and again for every rating of a round whose thresholds
// are changed.
class ChampionRepository {
public:
    explicit ChampionRepository(Database& database) : db_(database) {}

    QList<ChampionRound> rounds();  // newest year first
    std::optional<ChampionRound> round(int year);
    // The year's round, stored with the default parts and thresholds when
    // the year has none yet.
    ChampionRound ensureRound(int year);
    // Inserts or updates; refuses full marks below a rating already given in
    // the round; restars the round's ratings. Throws ValidationError.
    void saveRound(ChampionRound& round);

    // Checks the scores against the round, sets the stars and keeps the
    // rating; a second rating of the product in the same round replaces it.
    void saveRating(ProductRating& rating, const QDate& today);
    void removeRating(const QString& id);
    QList<RatingRow> history(const QString& productId);  // newest round first

private:
    Database& db_;
};

}  // namespace thanrak
