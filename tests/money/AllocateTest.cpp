#include "MoneyTestSupport.h"

#include "money/Allocate.h"

#include <limits>
#include <random>

using namespace thanrak;
using namespace thanrak::test;

namespace {

std::vector<Money> satangList(std::initializer_list<qint64> values) {
    std::vector<Money> result;
    for (qint64 v : values) result.push_back(satang(v));
    return result;
}

Money sum(const std::vector<Money>& parts) {
    Money total;
    for (Money part : parts) total += part;
    return total;
}

}  // namespace

TEST_CASE("allocate: 1.00 in three equal parts is 0.34, 0.33, 0.33", "[allocate]") {
    // 100/3 = 33 r 1 each; the one leftover satang goes to the first of the tie.
    CHECK(allocate(satang(100), {1, 1, 1}) == satangList({34, 33, 33}));
    CHECK(allocate(satang(-100), {1, 1, 1}) == satangList({-34, -33, -33}));
    CHECK(allocate(satang(2), {1, 1, 1}) == satangList({1, 1, 0}));
}

TEST_CASE("allocate: 1.00 by 1:2 is 0.33 and 0.67", "[allocate]") {
    // 33.33… and 66.66…: floors 33 + 66 = 99; the larger remainder (.67) gets the 1.
    CHECK(allocate(baht(1), {1, 2}) == satangList({33, 67}));
    CHECK(allocate(baht(-1), {1, 2}) == satangList({-33, -67}));
    CHECK(allocate(baht(1), {2, 1}) == satangList({67, 33}));
}

TEST_CASE("allocate: zero weights get zero", "[allocate]") {
    CHECK(allocate(baht(1), {0, 1, 1}) == satangList({0, 50, 50}));
    CHECK(allocate(satang(1), {1, 0, 1}) == satangList({1, 0, 0}));
    CHECK(allocate(Money(), {3, 0}) == satangList({0, 0}));
    CHECK(allocate(satang(7), std::vector<qint64>{5}) == satangList({7}));
}

TEST_CASE("allocate: year-end profit by percentage heads", "[allocate]") {
    // 12,345.67 by 10 / 60 / 20 / 5 / 5 %: exact 123456.7, 740740.2, 246913.4, 61728.35 ×2;
    // floors sum to 1,234,565; the 2 leftover satang go to remainders .7 and .4.
    CHECK(allocate(satang(1234567), {10, 60, 20, 5, 5}) ==
          satangList({123457, 740740, 246914, 61728, 61728}));
    // The same total by 10 / 12.5 / 77.5 %: 123456.7, 154320.875, 956789.425 → .875 and .7 win.
    const std::vector<Ratio> heads{Ratio::parse(u"10"), Ratio::parse(u"12.5"),
                                   Ratio::parse(u"77.5")};
    CHECK(allocate(satang(1234567), heads) == satangList({123457, 154321, 956789}));
}

TEST_CASE("allocate: refund in proportion to interest paid", "[allocate]") {
    // 1,000.00 by 123.45 / 678.90 / 55.00 (python3 fractions, largest remainder).
    const std::vector<Money> interest = satangList({12345, 67890, 5500});
    CHECK(allocate(baht(1000), interest) == satangList({14399, 79186, 6415}));
}

TEST_CASE("allocate: extreme totals", "[allocate][overflow]") {
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    constexpr qint64 min = std::numeric_limits<qint64>::min();
    CHECK(allocate(satang(min), std::vector<qint64>{1}) == satangList({min}));
    CHECK(allocate(satang(min), {1, 1}) == satangList({min / 2, min / 2}));
    CHECK(allocate(satang(max), {1, 1}) == satangList({max / 2 + 1, max / 2}));
    CHECK(sum(allocate(satang(max), {max, 1, max})) == satang(max));
}

TEST_CASE("allocate: rejected weights", "[allocate]") {
    CHECK(moneyErrorCode([] { return allocate(baht(1), std::vector<qint64>{}); }) ==
          "money.weights");
    CHECK(moneyErrorCode([] { return allocate(baht(1), {0, 0}); }) == "money.weights");
    CHECK(moneyErrorCode([] { return allocate(Money(), std::vector<qint64>{0}); }) ==
          "money.weights");
    CHECK(moneyErrorCode([] { return allocate(baht(1), {1, -1, 2}); }) == "money.weights");
    try {
        allocate(baht(1), {1, -1, 2});
    } catch (const MoneyError& e) {
        CHECK(e.message() == QStringLiteral("แบ่งเงินตามสัดส่วนไม่ได้: สัดส่วนรายการที่ 2 ติดลบ (-1/1)"));
    }
}

TEST_CASE("allocate: parts always sum to the total (random cases)", "[allocate]") {
    std::mt19937 random(20240605);  // fixed seed: the same cases on every run
    std::uniform_int_distribution<qint64> totals(-1'000'000'000, 1'000'000'000);
    std::uniform_int_distribution<int> counts(1, 12);
    std::uniform_int_distribution<qint64> weightValues(0, 1000);
    for (int run = 0; run < 2000; ++run) {
        const Money total = satang(totals(random));
        std::vector<qint64> weights(static_cast<std::size_t>(counts(random)));
        for (qint64& w : weights) w = weightValues(random);
        weights.front() += 1;  // never all zero
        qint64 weightSum = 0;
        for (qint64 w : weights) weightSum += w;

        const std::vector<Money> parts = allocate(total, weights);
        INFO("run " << run << " total " << total.satang());
        REQUIRE(parts.size() == weights.size());
        CHECK(sum(parts) == total);
        for (std::size_t i = 0; i < parts.size(); ++i) {
            // Each part is its exact share rounded down or up by less than one satang.
            const Ratio exact = Ratio(total.satang()) * Ratio(weights[i], weightSum);
            const Ratio error = Ratio(parts[i].satang()) - exact;
            CHECK(error < Ratio(1));
            CHECK(error > Ratio(-1));
            if (weights[i] == 0)
                CHECK(parts[i].isZero());
        }
    }
}
