#include "otop/ChampionRepository.h"
#include "otop/OtopRules.h"
#include "support/CatchQt.h"
#include "support/OtopFixture.h"

#include <catch2/catch.hpp>

using namespace thanrak;
using thanrak::test::OtopFixture;
using thanrak::test::otopToday;

TEST_CASE("stars follow the default thresholds at every boundary", "[otop][stars]") {
    const ChampionRound round = defaultChampionRound(2026);
    CHECK(round.fullMarks() == 100);  // 25 + 55 + 20
    // 5★ ≥ 90, 4★ 80–89, 3★ 70–79, 2★ 50–69, 1★ below 50 (DOMAIN.md §4)
    const std::pair<int, int> cases[] = {{100, 5}, {90, 5}, {89, 4}, {80, 4}, {79, 3}, {70, 3},
                                         {69, 2},  {50, 2}, {49, 1}, {0, 1}};
    for (const auto& [total, stars] : cases) {
        INFO("total " << total);
        CHECK(starsFor(round, total) == stars);
    }
}

TEST_CASE("a round's own thresholds decide its stars", "[otop][stars]") {
    ChampionRound strict = defaultChampionRound(2024);
    strict.minFive = 95;
    strict.minFour = 85;
    strict.minThree = 75;
    strict.minTwo = 60;
    CHECK(validateRound(strict).isEmpty());
    CHECK(starsFor(strict, 92) == 4);  // 5★ under the default, 4★ here
    CHECK(starsFor(strict, 59) == 1);

    ChampionRound wrongOrder = strict;
    wrongOrder.minFour = 96;
    REQUIRE(validateRound(wrongOrder).size() == 1);
    CHECK(validateRound(wrongOrder).first().field == QStringLiteral("thresholds"));
    ChampionRound beYear = strict;
    beYear.year = 2569;
    CHECK(validateRound(beYear).first().message.contains(QStringLiteral("2026")));
}

TEST_CASE("a rating is starred by its round and restarred when the round changes", "[otop][stars]") {
    OtopFixture f;
    ChampionRepository champions(f.db());
    ChampionRound y2025 = champions.ensureRound(2025);
    ChampionRound y2026 = champions.ensureRound(2026);
    y2026.minFive = 92;  // 2026 asked more for five stars
    champions.saveRound(y2026);

    // Scores 22 + 48 + 18 = 88 in 2025 and 23 + 50 + 18 = 91 in 2026.
    ProductRating r2025{{}, f.product.id, y2025.id, {22, 48, 18}, 0, MarkTier::Classic, QDate(2025, 8, 1), {}};
    champions.saveRating(r2025, otopToday());
    ProductRating r2026{{}, f.product.id, y2026.id, {23, 50, 18}, 0, MarkTier::Premium, QDate(2026, 8, 1), {}};
    champions.saveRating(r2026, otopToday());
    CHECK(r2025.stars == 4);
    CHECK(r2026.stars == 4);  // 91 < 92

    const QList<RatingRow> history = champions.history(f.product.id);
    REQUIRE(history.size() == 2);
    CHECK(history[0].round.year == 2026);
    CHECK(history[0].rating.total() == 91);
    CHECK(history[0].rating.markTier == MarkTier::Premium);
    CHECK(history[1].rating.total() == 88);

    y2026.minFive = 90;  // the province corrects the threshold
    champions.saveRound(y2026);
    CHECK(champions.history(f.product.id)[0].rating.stars == 5);

    // Re-scoring the product in the same round replaces its rating.
    ProductRating again{{}, f.product.id, y2026.id, {20, 40, 15}, 0, std::nullopt, QDate(2026, 9, 1), {}};
    champions.saveRating(again, otopToday());
    CHECK(again.id == r2026.id);
    CHECK(again.stars == 3);  // 75
    CHECK(champions.history(f.product.id).size() == 2);
}

TEST_CASE("scores outside a part's full marks are refused and nothing is kept", "[otop][stars]") {
    OtopFixture f;
    ChampionRepository champions(f.db());
    const ChampionRound round = champions.ensureRound(2026);
    ProductRating rating{{}, f.product.id, round.id, {26, 55, 21}, 0, std::nullopt, {}, {}};
    try {
        champions.saveRating(rating, otopToday());
        FAIL("expected a ValidationError");
    } catch (const ValidationError& e) {
        REQUIRE(e.problems().size() == 2);
        CHECK(e.problems()[0].field == QStringLiteral("part1"));
        CHECK(e.problems()[0].message.contains(QStringLiteral("25")));
        CHECK(e.problems()[1].field == QStringLiteral("part3"));
    }
    CHECK(champions.history(f.product.id).isEmpty());

    // Full marks cannot drop below a score already given.
    ProductRating given{{}, f.product.id, round.id, {24, 50, 19}, 0, std::nullopt, {}, {}};
    champions.saveRating(given, otopToday());
    ChampionRound lowered = round;
    lowered.partMax[1] = 45;
    lowered.minFive = 80;
    lowered.minFour = 70;
    lowered.minThree = 60;
    lowered.minTwo = 40;
    CHECK_THROWS_AS(champions.saveRound(lowered), ValidationError);
    CHECK(champions.round(2026)->partMax[1] == 55);
}
