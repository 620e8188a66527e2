#include "support/CatchQt.h"

#include "support/DomainFixture.h"
#include "domain/PlaceRepository.h"

using namespace thanrak;

namespace {
bool hasProblem(const FieldProblems& problems, const char* field) {
    for (const FieldProblem& p : problems)
        if (p.field == QLatin1String(field))
            return true;
    return false;
}
}  // namespace

TEST_CASE("villages are listed under their tambon with หมู่ที่ labels") {
    test::DomainFixture f;
    PlaceRepository places(f.db());
    const QList<Village> villages = places.villages(QStringLiteral("350201"));
    REQUIRE(villages.size() == 2);
    CHECK(villageLabel(villages.at(0)) == QStringLiteral("บ้านหนองบัว หมู่ที่ 1"));
    const auto path = places.villagePath(QStringLiteral("35020102"));
    REQUIRE(path);
    CHECK(path->subdistrictName == QStringLiteral("ทรายมูล"));
    CHECK(path->districtName == QStringLiteral("ทรายมูล"));
    CHECK(path->provinceName == QStringLiteral("ยโสธร"));
    CHECK(path->postcode == QStringLiteral("35170"));
    CHECK(places.districtsInUse().size() == 1);
}

TEST_CASE("a village code must be its tambon's code and its หมู่ที่") {
    test::DomainFixture f;
    PlaceRepository places(f.db());
    CHECK(hasProblem(places.checkVillage({QStringLiteral("35020109"), QStringLiteral("350201"), 3,
                                          QStringLiteral("บ้านใหม่")}),
                     "code"));
    CHECK(hasProblem(places.checkVillage({QStringLiteral("35020101"), QStringLiteral("350201"), 1,
                                          QStringLiteral("บ้านซ้ำ")}),
                     "code"));
    CHECK(hasProblem(places.checkVillage({QStringLiteral("35029901"), QStringLiteral("350299"), 1,
                                          QStringLiteral("บ้านไม่มีตำบล")}),
                     "subdistrict_code"));
    CHECK(hasProblem(places.checkVillage({QStringLiteral("35020103"), QStringLiteral("350201"), 3,
                                          QStringLiteral("  ")}),
                     "name_th"));
    CHECK(places.checkVillage({QStringLiteral("35020103"), QStringLiteral("350201"), 3,
                               QStringLiteral("บ้านใหม่")})
              .isEmpty());
}

TEST_CASE("a subdistrict must sit in an existing district and start with its code") {
    test::DomainFixture f;
    PlaceRepository places(f.db());
    CHECK(hasProblem(places.checkSubdistrict({QStringLiteral("350301"), QStringLiteral("3502"),
                                              QStringLiteral("x"), {}, {}}),
                     "code"));
    CHECK(hasProblem(places.checkSubdistrict({QStringLiteral("350203"), QStringLiteral("3502"),
                                              QStringLiteral("x"), {}, QStringLiteral("3517")}),
                     "postcode"));
    CHECK_THROWS_AS(places.addSubdistrict({QStringLiteral("350201"), QStringLiteral("3502"),
                                           QStringLiteral("ซ้ำ"), {}, {}}),
                    ValidationError);
}
