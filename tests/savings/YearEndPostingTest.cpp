#include "support/YearEndStory.h"

#include "support/CatchMoney.h"

#include "ledger/Balances.h"
#include "ledger/LedgerError.h"
#include "ledger/Periods.h"
#include "savings/MemberService.h"
#include "savings/SavingsError.h"
#include "savings/YearEndService.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"

#include <functional>

using namespace thanrak;
using test::checkStory2026;
using test::day;
using test::headAmount;
using test::line;
using test::money;
using test::YearStory;

namespace {
// A takes cash; B and C have theirs added to their sajja savings.
PayoutChoice aInCash(const YearStory& s) {
    PayoutChoice choice;
    choice.everyone = PayoutMethod::Savings;
    choice.byMember.insert(s.a, PayoutMethod::Cash);
    return choice;
}

void refusedWith(const std::function<void()>& action, const char* code, const char* start) {
    try {
        action();
        FAIL("not refused");
    } catch (const Error& e) {
        CHECK(e.code() == QLatin1String(code));
        CHECK(e.message().startsWith(QString::fromUtf8(start)));
    }
}
}  // namespace

TEST_CASE("posting closes the year, allocates every satang and pays out") {
    YearStory s;
    YearEndService service(s.db());
    const AllocationRun draft = service.draft(s.group.id, 2026);
    const QDate meeting = day("2027-01-15");
    const Money cashBefore = s.balance(AccountRole::Cash, meeting);
    const AllocationRun posted = service.post(draft.id, meeting, aInCash(s));
    CHECK(posted.status == AllocationRunStatus::Posted);
    CHECK(posted.approvedOn == meeting);

    const std::optional<AllocationRun> stored = service.find(draft.id);
    REQUIRE(stored);
    checkStory2026(s, *stored);
    CHECK(stored->isPosted());
    CHECK(stored->approvedOn == meeting);
    CHECK(line(*stored, s.a).payout == PayoutMethod::Cash);
    CHECK(line(*stored, s.b).payout == PayoutMethod::Savings);
    CHECK(line(*stored, s.c).payout == PayoutMethod::Savings);

    // Three entries: close (4 accounts + current profit), allocate (current
    // profit, reserve, 4 lump heads, A's dividend, B's and C's dividend and
    // refund), pay out (two lines a member).
    const QList<PostedEntry> entries = service.entries(*stored);
    REQUIRE(entries.size() == 3);
    for (const PostedEntry& e : entries) {
        CHECK(e.source == QStringLiteral("allocation"));
        CHECK(e.sourceId == draft.id);
        CHECK(e.date == meeting);
    }
    CHECK(entries[0].lines.size() == 5);
    CHECK(entries[0].description ==
          QStringLiteral("ปิดบัญชีรายได้และค่าใช้จ่ายปี 2569 เข้ากำไรสุทธิรอการจัดสรร"));
    CHECK(entries[1].lines.size() == 11);
    CHECK(entries[2].lines.size() == 6);

    CHECK(Balances(s.db()).trialBalance(s.group.id, meeting).balanced());
    // Every income and expense account of 2026 is closed and the profit is gone
    // from กำไรสุทธิรอการจัดสรร; the entrance fees of 2025 (not closed) remain.
    for (AccountRole role :
         {AccountRole::InterestIncome, AccountRole::FineIncome, AccountRole::BankInterestIncome,
          AccountRole::OtherExpense, AccountRole::CurrentProfit, AccountRole::AllocationPayable})
        CHECK(s.balance(role, meeting).isZero());
    CHECK(s.balance(AccountRole::FeeIncome, meeting) == money("60.00"));
    // Reserve: 10,000.00 brought forward + 102.34. Heads payable: 51.17 +
    // 51.17 + 30.70 + 20.47 = 153.51.
    CHECK(s.balance(AccountRole::Reserve, meeting) == money("10,102.34"));
    CHECK(s.balance(AccountRole::HeadsPayable, meeting) == money("153.51"));
    // 102.34 + 153.51 + 365.80 + 55.80 + 345.92 = 1,023.37, the net profit.
    CHECK(s.balance(AccountRole::Cash, meeting) == cashBefore - money("365.80"));
    CHECK(s.memberBalance(AccountRole::MemberSavings, s.a, meeting) == money("12,600.00"));
    CHECK(s.memberBalance(AccountRole::MemberSavings, s.b, meeting) == money("1,255.80"));
    CHECK(s.memberBalance(AccountRole::MemberSavings, s.c, meeting) == money("9,945.92"));
}

TEST_CASE("a posted year is final: no second posting, no new draft, no change") {
    YearStory s;
    YearEndService service(s.db());
    const AllocationRun run = service.post(service.draft(s.group.id, 2026).id, day("2027-01-15"));
    const QStringList before = s.allocationFootprint();
    refusedWith([&] { service.post(run.id, day("2027-01-20")); }, "savings.allocation",
                "การจัดสรรกำไรสุทธิปี 2569 ผ่านรายการไปแล้วเมื่อวันที่ 15 มกราคม 2570 จึงผ่านรายการซ้ำไม่ได้");
    refusedWith([&] { service.draft(s.group.id, 2026); }, "savings.allocation",
                "การจัดสรรกำไรสุทธิปี 2569 ผ่านรายการไปแล้วเมื่อวันที่ 15 มกราคม 2570 จึงคำนวณร่างใหม่ไม่ได้");
    // The file itself refuses a change to a posted run, whoever asks.
    for (const char* statement :
         {"UPDATE allocation_runs SET net_profit = 1", "DELETE FROM allocation_runs",
          "UPDATE allocation_run_members SET dividend = 0, total = refund",
          "DELETE FROM allocation_run_heads"})
        CHECK_THROWS_AS(sql::run(s.db().connection(), QString::fromUtf8(statement)), StorageError);
    CHECK(s.allocationFootprint() == before);
    // All paid in cash (the default): 365.80 + 55.80 + 345.92.
    CHECK(s.memberBalance(AccountRole::MemberSavings, s.b) == money("1,200.00"));
    REQUIRE(service.runs(s.group.id).size() == 1);
    CHECK(service.runs(s.group.id).first().member(s.c)->payout == PayoutMethod::Cash);
}

TEST_CASE("posting into a closed month or before the year end leaves the file as it was") {
    YearStory s;
    YearEndService service(s.db());
    const AllocationRun draft = service.draft(s.group.id, 2026);
    Periods(s.db()).closeMonth(s.group.id, 2027, 1);
    const QStringList before = s.allocationFootprint();
    refusedWith([&] { service.post(draft.id, day("2027-01-15"), aInCash(s)); },
                "ledger.closed_month", "ปิดบัญชีเดือนมกราคม 2570 แล้ว");
    refusedWith([&] { service.post(draft.id, day("2026-12-30")); }, "savings.allocation",
                "วันที่ 30 ธันวาคม 2569 อยู่ก่อนวันสิ้นปีบัญชี 31 ธันวาคม 2569");
    CHECK(s.allocationFootprint() == before);
    CHECK(service.find(draft.id)->status == AllocationRunStatus::Draft);
    CHECK(s.balance(AccountRole::InterestIncome) == money("1,200.00"));
    // On the last day of the year itself it posts.
    CHECK(service.post(draft.id, day("2026-12-31")).isPosted());
}

TEST_CASE("a run keeps the rules it was made under when the group's rules change") {
    YearStory s;
    YearEndService service(s.db());
    const AllocationRun draft = service.draft(s.group.id, 2026);
    // From 1 Dec 2026: reserve 20, dividend 50, refund 20, committee 10, paid
    // in whole baht rounded down.
    GroupRules changed = defaultGroupRules(day("2026-12-01"));
    changed.allocation.heads = {
        {QStringLiteral("reserve"), QStringLiteral("ทุนสำรอง"), HeadKind::Reserve, Ratio(20)},
        {QStringLiteral("dividend"), QStringLiteral("ปันผล"), HeadKind::Dividend, Ratio(50)},
        {QStringLiteral("refund"), QStringLiteral("เฉลี่ยคืน"), HeadKind::Refund, Ratio(20)},
        {QStringLiteral("committee"), QStringLiteral("ค่าตอบแทนกรรมการ"), HeadKind::Lump,
         Ratio(10)}};
    changed.allocation.payoutRounding = PayoutRounding::WholeBahtDown;
    const GroupRulesVersion newer = GroupRulesRepository(s.db()).save(s.group.id, changed);

    SECTION("the draft already made, and its posting, follow the old rules") {
        const std::optional<AllocationRun> kept = service.find(draft.id);
        REQUIRE(kept);
        CHECK(kept->rulesId == s.rules.id);
        CHECK(kept->policy.heads.size() == 7);
        checkStory2026(s, *kept);
        const AllocationRun posted = service.post(draft.id, day("2027-01-15"));
        checkStory2026(s, posted);
        CHECK(s.balance(AccountRole::Reserve) == money("10,102.34"));
    }
    SECTION("a new draft follows the rules in force at the year end") {
        // Pools 204.67, 511.69, 204.67, 102.34 (largest remainder). Dividend
        // 511.69 × 12,600/21,150 = 304.84 → 304; × 600/21,150 = 14.51 → 14;
        // × 7,950/21,150 = 192.34 → 192; 1.69 left. Refund 204.67 × ¼ = 51.17
        // → 51, × ¾ = 153.50 → 153; 0.67 left. Reserve 204.67 + 1.69 + 0.67.
        const AllocationRun redone = service.draft(s.group.id, 2026);
        CHECK(redone.rulesId == newer.id);
        CHECK(redone.rulesEffectiveFrom == day("2026-12-01"));
        CHECK(redone.policy.payoutRounding == PayoutRounding::WholeBahtDown);
        CHECK(headAmount(redone, "reserve") == money("207.03"));
        CHECK(headAmount(redone, "committee") == money("102.34"));
        CHECK(line(redone, s.a).total == money("304.00"));
        CHECK(line(redone, s.b).total == money("65.00"));
        CHECK(line(redone, s.c).total == money("345.00"));
        CHECK(redone.notes.size() == 2);  // why 1.69 and 0.67 went to the reserve
        CHECK(service.find(redone.id)->notes == redone.notes);
        CHECK(redone.result().reconciles());
    }
}

TEST_CASE("a member who has left can only be paid in cash") {
    YearStory s;
    YearEndService service(s.db());
    const AllocationRun draft = service.draft(s.group.id, 2026);
    MemberService(s.db()).leave(s.a, day("2027-01-10"));  // savings 12,600.00 handed back
    const QStringList before = s.allocationFootprint();
    PayoutChoice allToSavings{PayoutMethod::Savings, {}};
    refusedWith([&] { service.post(draft.id, day("2027-01-15"), allToSavings); },
                "savings.allocation", "สมาชิกเลขทะเบียน 1 ไม่ได้เป็นสมาชิกแล้วในวันที่ 15 มกราคม 2570");
    PayoutChoice stranger = allToSavings;
    stranger.byMember.insert(QStringLiteral("no-such-member"), PayoutMethod::Cash);
    refusedWith([&] { service.post(draft.id, day("2027-01-15"), stranger); }, "savings.allocation",
                "มีการเลือกวิธีรับเงินให้ผู้ที่ไม่อยู่ในรายการจัดสรรปี 2569");
    CHECK(s.allocationFootprint() == before);
    const AllocationRun posted = service.post(draft.id, day("2027-01-15"), aInCash(s));
    CHECK(line(posted, s.a).payout == PayoutMethod::Cash);
    CHECK(s.memberBalance(AccountRole::MemberSavings, s.a).isZero());
    CHECK(s.memberBalance(AccountRole::MemberSavings, s.c) == money("9,945.92"));
}
