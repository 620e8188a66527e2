#include "support/CatchQt.h"

#include "savings/GuarantorRules.h"

using namespace thanrak;

namespace {
LoanProduct product() {
    LoanProduct p;
    p.name = QStringLiteral("เงินกู้สามัญ");
    p.guarantorThreshold = Money::fromBaht(10000);
    p.guarantorsRequired = 2;
    p.maxGuaranteesPerMember = 2;
    p.maxExposurePerGuarantor = Money::fromBaht(60000);
    return p;
}

GuarantorCandidate candidate(const char* person, const char* name) {
    return {QStringLiteral("m-") + QLatin1String(person), QLatin1String(person), QString::fromUtf8(name),
            true, 0, Money()};
}
}  // namespace

TEST_CASE("two good guarantors pass") {
    const GuaranteeRequest request{QStringLiteral("borrower"), QStringLiteral("spouse"), Money::fromBaht(20000)};
    CHECK(checkGuarantors(product(), request, {candidate("a", "นางมาลี"), candidate("b", "นายสมชาย")}).isEmpty());
}

TEST_CASE("not the borrower, not the spouse, not twice, and enough of them") {
    const GuaranteeRequest request{QStringLiteral("borrower"), QStringLiteral("spouse"), Money::fromBaht(20000)};
    const FieldProblems self = checkGuarantors(product(), request, {candidate("borrower", "ผู้กู้"), candidate("a", "นางมาลี")});
    REQUIRE(self.size() == 1);
    CHECK(self.at(0).message == QStringLiteral("ผู้กู้ค้ำประกันเงินกู้ของตนเองไม่ได้"));
    const FieldProblems spouse = checkGuarantors(product(), request, {candidate("spouse", "นางบุญมา"), candidate("a", "นางมาลี")});
    REQUIRE(spouse.size() == 1);
    CHECK(spouse.at(0).message == QStringLiteral("นางบุญมา เป็นคู่สมรสของผู้กู้ จึงค้ำประกันไม่ได้"));
    CHECK(checkGuarantors(product(), request, {candidate("a", "นางมาลี"), candidate("a", "นางมาลี")}).size() == 1);
    CHECK(checkGuarantors(product(), request, {candidate("a", "นางมาลี")}).size() == 1);
    // At or under the threshold no guarantor is needed.
    const GuaranteeRequest small{QStringLiteral("borrower"), {}, Money::fromBaht(10000)};
    CHECK(checkGuarantors(product(), small, {}).isEmpty());
}

TEST_CASE("a guarantor's count of guarantees and exposure are limited") {
    const GuaranteeRequest request{QStringLiteral("borrower"), {}, Money::fromBaht(20000)};
    GuarantorCandidate busy = candidate("a", "นางมาลี");
    busy.currentGuarantees = 2;
    GuarantorCandidate exposed = candidate("b", "นายสมชาย");
    exposed.currentGuarantees = 1;
    exposed.currentExposure = Money::fromBaht(45000);  // 45,000 + 20,000 > 60,000
    GuarantorCandidate former = candidate("c", "นางสาวดวงใจ");
    former.activeMember = false;
    const FieldProblems problems = checkGuarantors(product(), request, {busy, exposed, former});
    REQUIRE(problems.size() == 3);
    CHECK(problems.at(0).message.contains(QStringLiteral("ค้ำประกันอยู่แล้ว 2 สัญญา")));
    CHECK(problems.at(1).message.contains(QStringLiteral("45,000.00")));
    CHECK(problems.at(2).message.contains(QStringLiteral("ไม่ได้เป็นสมาชิก")));
}
