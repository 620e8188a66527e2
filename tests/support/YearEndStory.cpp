#include "support/YearEndStory.h"

#include "support/CatchMoney.h"

#include "ledger/ChartOfAccounts.h"
#include "storage/Sql.h"

namespace thanrak::test {

YearStory::YearStory() {
    GroupRulesRepository(db()).save(group.id, defaultGroupRules(day("2025-01-01")));
    a = join(QStringLiteral("อำไพ"), 4, day("2025-06-01"));
    b = join(QStringLiteral("บุญมี"), 2, day("2025-06-01"));
    c = join(QStringLiteral("จันทร์"), 10, day("2025-06-01"));
    openingSavings(a, money("12,000.00"), day("2025-12-31"));
    openingSavings(c, money("6,000.00"), day("2025-12-31"));
    save(a, money("600.00"), day("2026-01-05"));
    save(b, money("1,200.00"), day("2026-07-05"));
    for (int month = 1; month <= 12; ++month) save(c, money("300.00"), QDate(2026, month, 5));
    cashIn(AccountRole::InterestIncome, money("300.00"), day("2026-03-05"), b);
    cashIn(AccountRole::InterestIncome, money("900.00"), day("2026-04-05"), c);
    cashIn(AccountRole::FineIncome, money("53.37"), day("2026-05-05"), b);
    cashIn(AccountRole::BankInterestIncome, money("20.00"), day("2026-06-30"));
    spend(money("250.00"), day("2026-09-10"));
}

QString YearStory::account(AccountRole role) {
    return ChartOfAccounts(db()).require(group.id, role).id;
}

void YearStory::post(const char* what, const QDate& when, const QList<JournalLine>& lines) {
    Journal(db()).post(
        {group.id, when, QString::fromUtf8(what), QStringLiteral("manual"), {}, lines});
}

void YearStory::save(const QString& member, Money amount, const QDate& when) {
    post("เงินสัจจะ", when,
         {{account(AccountRole::Cash), amount, {}, member, {}, {}},
          {account(AccountRole::MemberSavings), {}, amount, member, {}, {}}});
}

void YearStory::cashIn(AccountRole income, Money amount, const QDate& when, const QString& member) {
    post("รับเงิน", when,
         {{account(AccountRole::Cash), amount, {}, member, {}, {}},
          {account(income), {}, amount, member, {}, {}}});
}

void YearStory::spend(Money amount, const QDate& when) {
    post("ค่าใช้จ่าย", when,
         {{account(AccountRole::OtherExpense), amount, {}, {}, {}, {}},
          {account(AccountRole::Cash), {}, amount, {}, {}, {}}});
}

QStringList YearStory::allocationFootprint() {
    QStringList counts = footprint();
    for (const char* table : {"allocation_runs", "allocation_run_heads", "allocation_run_members"})
        counts << QStringLiteral("%1=%2").arg(QLatin1String(table)).arg(rows(table));
    counts << sql::scalar(db().connection(),
                          QStringLiteral("SELECT group_concat(id || status || "
                                         "coalesce(approved_on, ''), ',') FROM allocation_runs"))
                  .toString();
    counts << sql::scalar(db().connection(),
                          QStringLiteral("SELECT group_concat(coalesce(payout, '-'), ',') FROM "
                                         "allocation_run_members"))
                  .toString();
    return counts;
}

Money headAmount(const AllocationRun& run, const char* key) {
    const HeadResult* head = run.head(QLatin1String(key));
    REQUIRE(head);
    return head->finalAmount;
}

const AllocationRunMember& line(const AllocationRun& run, const QString& membershipId) {
    const AllocationRunMember* member = run.member(membershipId);
    REQUIRE(member);
    return *member;
}

void checkStory2026(const YearStory& s, const AllocationRun& run) {
    CHECK(run.year == 2026);
    CHECK(run.netProfit == money("1,023.37"));
    CHECK(headAmount(run, "reserve") == money("102.34"));
    CHECK(headAmount(run, "dividend") == money("614.02"));
    CHECK(headAmount(run, "refund") == money("153.50"));
    CHECK(headAmount(run, "committee") == money("51.17"));
    CHECK(headAmount(run, "welfare") == money("51.17"));
    CHECK(headAmount(run, "public_benefit") == money("30.70"));
    CHECK(headAmount(run, "promotion") == money("20.47"));
    REQUIRE(run.members.size() == 3);
    CHECK(run.members[0].membershipId == s.a);  // member-number order
    CHECK(line(run, s.a).dividendBasis == Ratio(1'260'000));
    CHECK(line(run, s.b).dividendBasis == Ratio(60'000));
    CHECK(line(run, s.c).dividendBasis == Ratio(795'000));
    CHECK(line(run, s.c).openingSavings == money("6,000.00"));
    CHECK(line(run, s.c).yearEndSavings == money("9,600.00"));
    CHECK(line(run, s.a).dividend == money("365.80"));
    CHECK(line(run, s.a).refund.isZero());
    CHECK(line(run, s.b).dividend == money("17.42"));
    CHECK(line(run, s.b).refund == money("38.38"));
    CHECK(line(run, s.c).dividend == money("230.80"));
    CHECK(line(run, s.c).refund == money("115.12"));
    CHECK(line(run, s.a).total == money("365.80"));
    CHECK(line(run, s.b).total == money("55.80"));
    CHECK(line(run, s.c).total == money("345.92"));
    CHECK(run.result().reconciles());
}

}  // namespace thanrak::test
