#include "support/CatchQt.h"

#include "support/DomainFixture.h"
#include "domain/MembershipRepository.h"
#include "domain/OrganisationRepository.h"

using namespace thanrak;

TEST_CASE("organisation kinds round-trip through their stored keys") {
    for (OrganisationKind kind : allOrganisationKinds()) {
        CHECK(organisationKindFromKey(organisationKindKey(kind)) == kind);
        CHECK_FALSE(organisationKindLabel(kind).isEmpty());
    }
    CHECK(organisationKindLabel(OrganisationKind::SavingsGroup) ==
          QStringLiteral("กลุ่มออมทรัพย์เพื่อการผลิต"));
    CHECK_FALSE(organisationKindFromKey(QStringLiteral("bank")));
}

TEST_CASE("an organisation needs a code, a name and a village; dates are checked") {
    Organisation o;
    const QDate today(2026, 11, 22);
    FieldProblems problems = validateOrganisation(o, today);
    CHECK(problems.size() == 3);
    o.code = QStringLiteral("SG 01");
    o.name = QStringLiteral("กลุ่มออมทรัพย์บ้านหนองบัว");
    o.villageCode = QStringLiteral("35020101");
    o.registeredOn = QDate(2026, 11, 23);
    problems = validateOrganisation(o, today);
    REQUIRE(problems.size() == 2);
    CHECK(problems.at(0).field == QStringLiteral("code"));
    CHECK(problems.at(1).field == QStringLiteral("registered_on"));
    // 2535 typed into a C.E. field would be year 2535 C.E. — in the future;
    // 1535 (B.E. minus 1000 by a slip) is before 2500 B.E.
    o.code = QStringLiteral("SG-01");
    o.registeredOn = QDate(1535, 1, 1);
    problems = validateOrganisation(o, today);
    REQUIRE(problems.size() == 1);
    CHECK(problems.at(0).message.contains(QStringLiteral("พ.ศ.")));
}

TEST_CASE("codes are unique and the list filters by district, tambon and village") {
    test::DomainFixture f;
    OrganisationRepository repo(f.db());
    const Organisation a = f.addOrganisation(QStringLiteral("SG35020101"), QStringLiteral("35020101"));
    f.addOrganisation(QStringLiteral("VF35020101"), QStringLiteral("35020101"), OrganisationKind::VillageFund);
    f.addOrganisation(QStringLiteral("SG35020102"), QStringLiteral("35020102"));
    f.addOrganisation(QStringLiteral("SG35020201"), QStringLiteral("35020201"));

    Organisation clash;
    clash.code = QStringLiteral("SG35020101");
    clash.name = QStringLiteral("ซ้ำ");
    clash.villageCode = QStringLiteral("35020102");
    CHECK_THROWS_AS(repo.save(clash), ValidationError);
    CHECK(clash.id.isEmpty());

    CHECK(repo.list({QStringLiteral("3502"), {}, {}, {}, {}}).size() == 4);
    CHECK(repo.list({{}, QStringLiteral("350201"), {}, {}, {}}).size() == 3);
    CHECK(repo.list({{}, {}, QStringLiteral("35020101"), {}, {}}).size() == 2);
    CHECK(repo.list({{}, {}, {}, OrganisationKind::VillageFund, {}}).size() == 1);
    CHECK(repo.list({{}, {}, {}, {}, QStringLiteral("sg3502020")}).size() == 1);

    const QList<OrganisationSummary> village = repo.list({{}, {}, QStringLiteral("35020101"), {}, {}});
    CHECK(village.at(0).villageLabel == QStringLiteral("บ้านหนองบัว หมู่ที่ 1"));
    CHECK(village.at(0).subdistrictName == QStringLiteral("ทรายมูล"));

    Organisation edited = *repo.find(a.id);
    edited.name = QStringLiteral("กลุ่มออมทรัพย์เพื่อการผลิตบ้านหนองบัว");
    repo.save(edited);
    CHECK(repo.find(a.id)->name == edited.name);
    CHECK(repo.find(a.id)->createdAt == a.createdAt);
}

TEST_CASE("the member count counts only active members") {
    test::DomainFixture f;
    const Organisation org = f.addOrganisation(QStringLiteral("SG1"), QStringLiteral("35020101"));
    const Person a = f.addPerson(QStringLiteral("สมศรี"), QStringLiteral("ใจดี"));
    const Person b = f.addPerson(QStringLiteral("บุญมี"), QStringLiteral("ศรีสุข"));
    f.addMember(org, a, QStringLiteral("1"));
    Membership left{{}, org.id, b.id, QStringLiteral("2"), QDate(2020, 1, 1), QDate(2021, 1, 1), {}, {}};
    MembershipRepository(f.db()).save(left);
    CHECK(OrganisationRepository(f.db()).list({}).at(0).activeMembers == 1);
}
