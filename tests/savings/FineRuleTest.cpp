#include "support/CatchQt.h"

#include "savings/FineRule.h"

using namespace thanrak;

TEST_CASE("fines: none, fixed, or a percentage of what is overdue rounded half-up") {
    const Money overdue = Money::fromSatang(105582);  // an annuity instalment of 1,055.82
    CHECK(FineRule::none().fineFor(overdue) == Money());
    CHECK(FineRule::fixedAmount(Money::fromBaht(20)).fineFor(overdue) == Money::fromBaht(20));
    // 1 % of 1,055.82 = 10.5582 -> 10.56
    CHECK(FineRule::percentOf(Ratio(1)).fineFor(overdue) == Money::fromSatang(1056));
    // 1.5 % of 333.30 = 4.9995 -> 5.00
    CHECK(FineRule::percentOf(Ratio::parse(u"1.5")).fineFor(Money::fromSatang(33330)) == Money::fromSatang(500));
    // Nothing overdue, no fine.
    CHECK(FineRule::fixedAmount(Money::fromBaht(20)).fineFor(Money()) == Money());
}

TEST_CASE("fine rules describe themselves in Thai and refuse nonsense") {
    CHECK(FineRule::fixedAmount(Money::fromBaht(20)).describe() == QStringLiteral("ปรับ 20.00 บาท"));
    CHECK(FineRule::percentOf(Ratio::parse(u"1.5")).describe() == QStringLiteral("ปรับร้อยละ 1.50 ของยอดค้าง"));
    CHECK(FineRule::fixedAmount(Money()).problem().contains(QStringLiteral("มากกว่าศูนย์")));
    CHECK_FALSE(FineRule::percentOf(Ratio(101)).problem().isEmpty());
    CHECK(FineRule::percentOf(Ratio(5)).problem().isEmpty());
}
