#include "support/CatchQt.h"

#include "LedgerFixture.h"
#include "ledger/LedgerError.h"
#include "ledger/Periods.h"

using namespace thanrak;
using R = AccountRole;

TEST_CASE("a closed month refuses postings with a Thai message naming the month") {
    test::LedgerFixture f;
    const PostedEntry october = f.post(QDate(2026, 10, 5), QStringLiteral("รายได้อื่น"),
                                       {f.debit(R::Cash, f.baht(10)), f.credit(R::OtherIncome, f.baht(10))});
    Periods periods(f.db());
    periods.closeMonth(f.group.id, 2026, 10);
    periods.closeMonth(f.group.id, 2026, 10);  // closing again is harmless
    CHECK(periods.closedMonths(f.group.id) == QStringList{QStringLiteral("2026-10")});
    CHECK(periods.isClosed(f.group.id, QDate(2026, 10, 31)));
    CHECK_FALSE(periods.isClosed(f.group.id, QDate(2026, 11, 1)));

    const int before = f.entryCount();
    try {
        f.post(QDate(2026, 10, 20), QStringLiteral("ลืมบันทึก"),
               {f.debit(R::Cash, f.baht(5)), f.credit(R::OtherIncome, f.baht(5))});
        FAIL("posted into a closed month");
    } catch (const LedgerError& e) {
        CHECK(e.code() == QStringLiteral("ledger.closed_month"));
        CHECK(e.message().contains(QStringLiteral("ตุลาคม 2569")));
    }
    // A reversal dated in the closed month is refused too; dated in November it is fine.
    CHECK_THROWS_AS(Journal(f.db()).reverse(october.id, QDate(2026, 10, 31), QStringLiteral("ผิด")), LedgerError);
    CHECK(f.entryCount() == before);
    CHECK(Journal(f.db()).reverse(october.id, QDate(2026, 11, 2), QStringLiteral("ผิด")).entryNo == 2);
}

TEST_CASE("closing month 13 is refused") {
    test::LedgerFixture f;
    CHECK_THROWS_AS(Periods(f.db()).closeMonth(f.group.id, 2026, 13), LedgerError);
}
