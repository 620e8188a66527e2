#include "AllocationTestSupport.h"

#include "allocation/PayoutSplit.h"

using namespace thanrak;
using namespace thanrak::test;

namespace {

std::vector<Money> satangList(std::initializer_list<qint64> values) {
    std::vector<Money> result;
    for (qint64 v : values) result.push_back(satang(v));
    return result;
}

}  // namespace

TEST_CASE("payout split: half-up when it fits in the pool", "[split]") {
    // 1.00 by 1:1:1 is 33.33… each: half-up 33 each, one satang left for the reserve.
    const PayoutSplit split =
        splitPayout(satang(100), {Ratio(1), Ratio(1), Ratio(1)}, PayoutRounding::Satang);
    CHECK(split.amounts == satangList({33, 33, 33}));
    CHECK(split.remainder == satang(1));
}

TEST_CASE("payout split: half-up that would over-pay falls back to largest remainder", "[split]") {
    // 10.02 among four equal members is 2.505 each; half-up would pay 4 × 2.51 = 10.04,
    // two satang more than the pool. Largest remainder: floors 2.50 × 4 = 10.00, the two
    // satang go to the first two of the tie (python3 fractions, same method).
    const std::vector<Ratio> equal(4, Ratio(100000));
    const PayoutSplit split = splitPayout(satang(1002), equal, PayoutRounding::Satang);
    CHECK(split.amounts == satangList({251, 251, 250, 250}));
    CHECK(split.remainder == Money());
}

TEST_CASE("payout split: whole baht down leaves the satang to the reserve", "[split]") {
    // 100.00 by 1:1:1 is 33.33… baht each: 33.00 each, 1.00 left.
    const PayoutSplit split =
        splitPayout(satang(10000), {Ratio(1), Ratio(1), Ratio(1)}, PayoutRounding::WholeBahtDown);
    CHECK(split.amounts == satangList({3300, 3300, 3300}));
    CHECK(split.remainder == satang(100));
}

TEST_CASE("payout split: nobody qualifies, the whole pool is left", "[split]") {
    const PayoutSplit split =
        splitPayout(satang(14815), {Ratio(0), Ratio(0)}, PayoutRounding::Satang);
    CHECK(split.amounts == satangList({0, 0}));
    CHECK(split.remainder == satang(14815));
    const PayoutSplit none = splitPayout(satang(500), {}, PayoutRounding::WholeBahtDown);
    CHECK(none.amounts.empty());
    CHECK(none.remainder == satang(500));
}
