#include "AllocationTestSupport.h"

using namespace thanrak;
using namespace thanrak::test;

namespace {

QStringList messages(const AllocationProblems& problems) {
    QStringList result;
    for (const AllocationProblem& problem : problems) result << problem.message;
    return result;
}

}  // namespace

// Worked by hand: money saved in month m is held 12 − m + 1 months of 12.
TEST_CASE("input: time-weighted balance of a steady saver", "[input]") {
    // Opening 1,200.00 and 100.00 each month:
    // 1,200 + 100 × (12 + 11 + … + 1)/12 = 1,200 + 100 × 78/12 = 1,200 + 650 = 1,850.00.
    const MemberYear a = memberYear(
        "A", 120000,
        {10000, 10000, 10000, 10000, 10000, 10000, 10000, 10000, 10000, 10000, 10000, 10000});
    CHECK(timeWeightedBalance(a) == Ratio(185000));
    CHECK(yearEndBalance(a) == satang(240000));
}

TEST_CASE("input: time-weighted balance with a withdrawal", "[input]") {
    // Opening 3,000.00; +1,000.00 in March (10/12); −500.00 in July (6/12); +250.00 in
    // December (1/12): 3,000 + 833.33… − 250 + 20.83… = 3,604.1666… baht, which is
    // 300,000 + (1,000,000 − 300,000 + 25,000)/12 = 1,081,250/3 satang exactly.
    const MemberYear b =
        memberYear("B", 300000, {0, 0, 100000, 0, 0, 0, -50000, 0, 0, 0, 0, 25000});
    CHECK(timeWeightedBalance(b) == Ratio(1081250, 3));
    CHECK(yearEndBalance(b) == satang(375000));
}

TEST_CASE("input: time-weighted balance of a member who joined in April", "[input]") {
    // 50.00 a month from April: 50 × (9 + 8 + … + 1)/12 = 50 × 45/12 = 187.50.
    const MemberYear c =
        memberYear("C", 0, {0, 0, 0, 5000, 5000, 5000, 5000, 5000, 5000, 5000, 5000, 5000});
    CHECK(timeWeightedBalance(c) == Ratio(18750));
    CHECK(yearEndBalance(c) == satang(45000));
    // Only the December saving: one month of twelve.
    CHECK(timeWeightedBalance(memberYear("D", 0, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1200})) ==
          Ratio(100));
}

TEST_CASE("input: every problem is listed in Thai", "[input]") {
    AllocationInput input{2567, satang(100000), {}};
    input.members = {
        memberYear("M-001", 100000, {0, 0, 0, 0, 0, 0, -60000, -50000}),  // below zero in August
        memberYear("M-001", 0, {}),                                       // repeated id
        memberYear("", 0, {}),
        memberYear("M-004", -100, {}),
        memberYear("M-005", 0, {}, -2500),
    };
    CHECK(messages(validateInput(input)) ==
          QStringList{
              QStringLiteral("ปีบัญชี 2567 ไม่ถูกต้อง ต้องเป็นปี ค.ศ. (เช่น 2024 ไม่ใช่ 2567)"),
              QStringLiteral("เงินออมของสมาชิก M-001 ติดลบในเดือนที่ 8 (คงเหลือ -100.00 บาท)"),
              QStringLiteral("เลขทะเบียนสมาชิก M-001 ซ้ำกัน"),
              QStringLiteral("สมาชิกรายการที่ 3 ไม่มีเลขทะเบียนสมาชิก"),
              QStringLiteral("ยอดยกมาของสมาชิก M-004 ติดลบ (-1.00 บาท)"),
              QStringLiteral("ดอกเบี้ยที่สมาชิก M-005 จ่ายติดลบ (-25.00 บาท)"),
          });
    const QString failure =
        allocationFailure([&] { calculateAllocation(defaultSavingsGroupPolicy(), input); });
    CHECK(failure.startsWith(QStringLiteral("allocation.input|ข้อมูลการจัดสรรไม่ถูกต้อง: ")));
}

TEST_CASE("input: withdrawing everything is allowed", "[input]") {
    AllocationInput input{2024, satang(100000), {memberYear("W", 50000, {0, 0, -50000})}};
    CHECK(validateInput(input).empty());
    // 500 × 12/12 − 500 × 10/12 = 83.33…: the money was held for two months.
    CHECK(timeWeightedBalance(input.members[0]) == Ratio(25000, 3));
}
