#include "LendingTestSupport.h"

#include "lending/RepaymentAllocation.h"

// Worked by hand: fine, then interest, then principal, oldest instalment first.

using namespace thanrak;
using namespace thanrak::test;

namespace {
AmountDue due(int instalment, const char* fine, const char* interest, const char* principal) {
    return {instalment, money(fine), money(interest), money(principal)};
}

void checkLine(const RepaymentLine& line, int instalment, const char* fine, const char* interest,
               const char* principal) {
    INFO("instalment " << instalment);
    CHECK(line.instalment == instalment);
    CHECK(line.fine == money(fine));
    CHECK(line.interest == money(interest));
    CHECK(line.principal == money(principal));
}
}  // namespace

TEST_CASE("a partial payment covers the fine, then interest, then principal") {
    // 1,100.00 due plus a 20.00 fine, paid 500.00: 20 + 100 + 380.
    const RepaymentSplit split = allocateRepayment({due(1, "20", "100", "1,000")}, money("500"));
    REQUIRE(split.lines.size() == 1);
    checkLine(split.lines[0], 1, "20.00", "100.00", "380.00");
    CHECK(split.excess == Money());
    CHECK(split.applied() == money("500"));
}

TEST_CASE("a small payment stops inside the fine or the interest") {
    checkLine(allocateRepayment({due(1, "20", "100", "1,000")}, money("10")).lines[0], 1, "10.00",
              "0.00", "0.00");
    checkLine(allocateRepayment({due(1, "20", "100", "1,000")}, money("75.50")).lines[0], 1,
              "20.00", "55.50", "0.00");
    checkLine(allocateRepayment({due(1, "20", "100", "1,000")}, Money()).lines[0], 1, "0.00",
              "0.00", "0.00");
}

TEST_CASE("the oldest instalment is cleared before the next one gets anything") {
    // Listed newest first on purpose. 1,500.00 = 1,120.00 for instalment 1
    // (20 + 100 + 1,000), then 90.00 interest and 290.00 principal of instalment 2.
    const RepaymentSplit split = allocateRepayment(
        {due(3, "0", "80", "1,000"), due(2, "0", "90", "1,000"), due(1, "20", "100", "1,000")},
        money("1,500"));
    REQUIRE(split.lines.size() == 3);
    checkLine(split.lines[0], 1, "20.00", "100.00", "1,000.00");
    checkLine(split.lines[1], 2, "0.00", "90.00", "290.00");
    checkLine(split.lines[2], 3, "0.00", "0.00", "0.00");
    CHECK(split.excess == Money());
}

TEST_CASE("an overpayment is handed back as excess for the caller to decide") {
    // Due 1,120.00 + 1,090.00 = 2,210.00; paid 2,500.00 -> excess 290.00.
    const RepaymentSplit split = allocateRepayment(
        {due(1, "20", "100", "1,000"), due(2, "0", "90", "1,000")}, money("2,500"));
    checkLine(split.lines[0], 1, "20.00", "100.00", "1,000.00");
    checkLine(split.lines[1], 2, "0.00", "90.00", "1,000.00");
    CHECK(split.excess == money("290.00"));
    CHECK(allocateRepayment({}, money("5")).excess == money("5"));
}

TEST_CASE("no satang is lost: lines plus excess always equal the amount paid") {
    const std::vector<AmountDue> owed = {due(1, "20", "100.00", "955.82"),
                                         due(2, "0", "90.44", "965.38"),
                                         due(3, "10.50", "80.79", "975.03")};
    for (qint64 satang = 0; satang <= 400000; satang += 997) {
        const RepaymentSplit split = allocateRepayment(owed, Money::fromSatang(satang));
        REQUIRE(split.applied() + split.excess == Money::fromSatang(satang));
        CHECK_FALSE(split.excess.isNegative());
    }
}

TEST_CASE("negative amounts and repeated instalments are refused") {
    CHECK(errorCode([] { allocateRepayment({due(1, "0", "1", "1")}, money("-1")); }) ==
          QStringLiteral("loan.repayment"));
    CHECK(errorCode([] { allocateRepayment({due(1, "0", "-1", "1")}, money("1")); }) ==
          QStringLiteral("loan.repayment"));
    CHECK(errorCode([] {
              allocateRepayment({due(1, "0", "1", "1"), due(1, "0", "1", "1")}, money("1"));
          }) == QStringLiteral("loan.repayment"));
}
