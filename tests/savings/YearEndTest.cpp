#include "support/YearEndStory.h"

#include "support/CatchMoney.h"

#include "savings/LoanProduct.h"
#include "savings/MeetingDayService.h"
#include "savings/SavingsError.h"
#include "savings/YearEndService.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/Sql.h"
#include "support/TempDir.h"

using namespace thanrak;
using test::checkStory2026;
using test::day;
using test::headAmount;
using test::line;
using test::money;
using test::YearStory;

TEST_CASE("the year's figures are read from the books") {
    YearStory s;
    const AllocationInput input = YearEndService(s.db()).yearInput(s.group.id, 2026);
    CHECK(input.year == 2026);
    CHECK(input.netProfit == money("1,023.37"));
    REQUIRE(input.members.size() == 3);
    const MemberYear& a = input.members[0];
    CHECK(a.openingBalance == money("12,000.00"));
    CHECK(a.deposits[0] == money("600.00"));
    CHECK(a.interestPaid.isZero());
    const MemberYear& b = input.members[1];
    CHECK(b.openingBalance.isZero());
    CHECK(b.deposits[6] == money("1,200.00"));
    CHECK(b.deposits[5].isZero());
    CHECK(b.interestPaid == money("300.00"));
    const MemberYear& c = input.members[2];
    CHECK(yearEndBalance(c) == money("9,600.00"));
    CHECK(timeWeightedBalance(c) == Ratio(795'000));
    CHECK(c.interestPaid == money("900.00"));
    // 2025's result is only the three entrance fees.
    CHECK(YearEndService(s.db()).yearInput(s.group.id, 2025).netProfit == money("60.00"));
}

TEST_CASE("a draft allocates the year's profit to the satang and is stored as made") {
    YearStory s;
    YearEndService service(s.db());
    const AllocationRun run = service.draft(s.group.id, 2026);
    checkStory2026(s, run);
    CHECK(run.status == AllocationRunStatus::Draft);
    CHECK(run.rulesId == s.rules.id);
    CHECK(run.rulesEffectiveFrom == day("2026-01-01"));
    const std::optional<AllocationRun> stored = service.find(run.id);
    REQUIRE(stored);
    checkStory2026(s, *stored);
    CHECK(stored->policy.heads.size() == 7);
    CHECK(stored->policy.dividendBasis == DividendBasis::TimeWeightedMonthly);
    CHECK(stored->heads.at(2).percent == Ratio(15));
    CHECK_FALSE(stored->member(s.a)->payout.has_value());
    CHECK(service.entries(*stored).isEmpty());  // a draft posts nothing
    CHECK(stored->result().dividendRate == Ratio(61'402, 2'115'000));
}

TEST_CASE("making the draft again replaces the earlier draft of the year") {
    YearStory s;
    YearEndService service(s.db());
    const AllocationRun first = service.draft(s.group.id, 2026);
    // A bill for 23.37 turns up after the first draft: net profit 1,000.00,
    // pools 100.00, 600.00, 150.00, 50.00, 50.00, 30.00, 20.00.
    s.spend(money("23.37"), day("2026-12-20"));
    SECTION("posting the old draft is refused: the books changed") {
        const QStringList before = s.allocationFootprint();
        try {
            service.post(first.id, day("2027-01-15"));
            FAIL("posted a stale draft");
        } catch (const SavingsError& e) {
            CHECK(e.code() == QStringLiteral("savings.allocation"));
            CHECK(e.message().contains(QStringLiteral("1,000.00")));
            CHECK(e.message().contains(QStringLiteral("กรุณาคำนวณร่างใหม่")));
        }
        CHECK(s.allocationFootprint() == before);
    }
    SECTION("the new draft takes its place") {
        const AllocationRun second = service.draft(s.group.id, 2026);
        CHECK(second.id != first.id);
        CHECK_FALSE(service.find(first.id).has_value());
        REQUIRE(service.runs(s.group.id).size() == 1);
        CHECK(s.rows("allocation_run_members") == 3);
        CHECK(second.netProfit == money("1,000.00"));
        CHECK(headAmount(second, "reserve") == money("100.00"));
        // 600.00 × 12,600/21,150 = 357.446… → 357.45; × 600/21,150 = 17.021… →
        // 17.02; × 7,950/21,150 = 225.531… → 225.53. Refund 150.00: 37.50, 112.50.
        CHECK(line(second, s.a).total == money("357.45"));
        CHECK(line(second, s.b).total == money("54.52"));
        CHECK(line(second, s.c).total == money("338.03"));
        CHECK_THROWS_AS(service.post(first.id, day("2027-01-15")), SavingsError);
    }
}

TEST_CASE("a year with a loss is closed and allocates nothing; it does not touch next year") {
    YearStory s;
    // 2025: the three entrance fees (60.00) less a 100.00 expense: a loss of 40.00.
    s.spend(money("100.00"), day("2025-11-01"));
    YearEndService service(s.db());
    const AllocationRun loss = service.draft(s.group.id, 2025);
    CHECK(loss.netProfit == money("-40.00"));
    CHECK(loss.result().outcome == AllocationOutcome::NothingToAllocate);
    for (const AllocationRunMember& m : loss.members) CHECK(m.total.isZero());
    REQUIRE_FALSE(loss.notes.isEmpty());
    CHECK(loss.notes.first().contains(QStringLiteral("-40.00")));
    const AllocationRun closed = service.post(loss.id, day("2026-01-20"));
    CHECK(service.entries(closed).size() == 1);  // the close only
    CHECK(closed.allocationEntryId.isEmpty());
    CHECK(s.balance(AccountRole::CurrentProfit, day("2026-01-20")) == money("-40.00"));
    CHECK(s.balance(AccountRole::FeeIncome, day("2026-01-20")).isZero());
    // The close of 2025, dated in 2026, is not part of 2026's result.
    const AllocationRun next = service.draft(s.group.id, 2026);
    checkStory2026(s, next);
    service.post(next.id, day("2027-01-15"));
    CHECK(s.balance(AccountRole::CurrentProfit, day("2027-01-15")) == money("-40.00"));
    REQUIRE(service.runs(s.group.id).size() == 2);
    CHECK(service.runs(s.group.id).first().year == 2026);  // the latest year first
}

TEST_CASE("sajja and loan interest taken at a meeting count for the member who paid") {
    test::SavingsFixture f;
    const QString a = f.join(QStringLiteral("อำไพ"), 4, day("2026-01-10"));
    const QString c = f.join(QStringLiteral("จันทร์"), 10, day("2026-01-10"));
    LoanProduct emergency;
    emergency.name = QStringLiteral("เงินกู้ฉุกเฉิน");
    emergency.savingsMultiple = Ratio();
    emergency.absoluteCap = Money::fromBaht(3000);
    emergency.maxMonths = 3;
    // 2,000.00 for two months at 1 %/month: instalment 1 is 1,000.00 + 20.00.
    const QString loan =
        f.lend(c, money("2,000.00"), 2, day("2026-01-10"), {}, f.addProduct(emergency));
    MeetingDayService(f.db()).post(f.group.id, day("2026-02-05"),
                                   {{a, money("200.00"), {}, {}, {}},
                                    {c, money("500.00"), {}, {}, {{loan, money("1,020.00")}}}});
    const AllocationInput input = YearEndService(f.db()).yearInput(f.group.id, 2026);
    REQUIRE(input.members.size() == 2);
    CHECK(input.members[0].deposits[1] == money("200.00"));
    CHECK(input.members[1].deposits[1] == money("500.00"));
    CHECK(input.members[0].interestPaid.isZero());
    CHECK(input.members[1].interestPaid == money("20.00"));
    CHECK(input.netProfit == money("60.00"));  // two entrance fees and the interest
}

TEST_CASE("a version 4 file is upgraded with the allocation tables") {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("v4.thanrak"));
    Database::create(path, 4);
    auto db = Database::open(path);
    CHECK(db->schemaVersion() == latestSchemaVersion());
    for (const char* table : {"allocation_runs", "allocation_run_heads", "allocation_run_members"})
        CHECK(sql::scalar(db->connection(),
                          QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = ?"),
                          {QString::fromUtf8(table)})
                  .toInt() == 1);
    CHECK(sql::scalar(db->connection(),
                      QStringLiteral("SELECT description FROM schema_log WHERE version = 5"))
              .toString()
              .contains(QStringLiteral("allocation")));
    CHECK(db->check().problems == QStringList());
}
