#include "LendingTestSupport.h"

#include "lending/InterestMethod.h"

using namespace thanrak;

TEST_CASE("interest methods have stable keys that read back") {
    CHECK(interestMethodKey(InterestMethod::Flat) == QStringLiteral("flat"));
    CHECK(interestMethodKey(InterestMethod::EqualPrincipal) == QStringLiteral("equal-principal"));
    CHECK(interestMethodKey(InterestMethod::Annuity) == QStringLiteral("annuity"));
    CHECK(interestMethodKey(InterestMethod::Maturity) == QStringLiteral("maturity"));
    for (InterestMethod method : kInterestMethods)
        CHECK(interestMethodFromKey(interestMethodKey(method)) == method);
    CHECK_FALSE(interestMethodFromKey(u"Flat").has_value());
    CHECK_FALSE(interestMethodFromKey(u"").has_value());
}

TEST_CASE("interest methods and rate periods have the Thai names treasurers use") {
    CHECK(interestMethodLabel(InterestMethod::Flat) == QStringLiteral("คงที่จากเงินต้นเดิม"));
    CHECK(interestMethodLabel(InterestMethod::EqualPrincipal) ==
          QStringLiteral("ลดต้นลดดอก (เงินต้นเท่ากัน)"));
    CHECK(interestMethodLabel(InterestMethod::Annuity) ==
          QStringLiteral("ลดต้นลดดอก (ผ่อนเท่ากันทุกงวด)"));
    CHECK(interestMethodLabel(InterestMethod::Maturity) ==
          QStringLiteral("ชำระครั้งเดียวเมื่อครบกำหนด"));
    CHECK(ratePeriodLabel(RatePeriod::Month) == QStringLiteral("ต่อเดือน"));
    CHECK(ratePeriodKey(RatePeriod::Year) == QStringLiteral("year"));
    CHECK(ratePeriodFromKey(u"month") == RatePeriod::Month);
    CHECK(ratePeriodFromKey(u"year") == RatePeriod::Year);
    CHECK_FALSE(ratePeriodFromKey(u"week").has_value());
}
