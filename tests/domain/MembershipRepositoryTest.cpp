#include "support/CatchQt.h"

#include "support/DomainFixture.h"
#include "domain/MembershipRepository.h"

using namespace thanrak;

TEST_CASE("member numbers: next free number, numeric order, no reuse") {
    test::DomainFixture f;
    const Organisation org = f.addOrganisation(QStringLiteral("SG1"), QStringLiteral("35020101"));
    MembershipRepository repo(f.db());
    CHECK(repo.nextMemberNo(org.id) == QStringLiteral("1"));
    const Person a = f.addPerson(QStringLiteral("ก"), QStringLiteral("หนึ่ง"));
    const Person b = f.addPerson(QStringLiteral("ข"), QStringLiteral("สอง"));
    const Person c = f.addPerson(QStringLiteral("ค"), QStringLiteral("สาม"));
    f.addMember(org, a, QStringLiteral("10"));
    f.addMember(org, b, QStringLiteral("2"));
    CHECK(repo.nextMemberNo(org.id) == QStringLiteral("11"));
    const QList<MemberRow> rows = repo.members(org.id);
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).membership.memberNo == QStringLiteral("2"));  // 2 before 10
    CHECK(rows.at(0).person.firstName == QStringLiteral("ข"));

    Membership taken{{}, org.id, c.id, QStringLiteral("2"), QDate(2021, 1, 1), {}, {}, {}};
    const FieldProblems problems = repo.check(taken);
    REQUIRE(problems.size() == 1);
    CHECK(problems.at(0).field == QStringLiteral("member_no"));
}

TEST_CASE("a person can be an active member of one organisation only once, but of several organisations") {
    test::DomainFixture f;
    const Organisation group = f.addOrganisation(QStringLiteral("SG1"), QStringLiteral("35020101"));
    const Organisation fund = f.addOrganisation(QStringLiteral("VF1"), QStringLiteral("35020101"),
                                                OrganisationKind::VillageFund);
    const Person p = f.addPerson(QStringLiteral("สมศรี"), QStringLiteral("ใจดี"));
    f.addMember(group, p, QStringLiteral("1"));
    f.addMember(fund, p, QStringLiteral("1"));
    MembershipRepository repo(f.db());
    Membership again{{}, group.id, p.id, QStringLiteral("5"), QDate(2022, 1, 1), {}, {}, {}};
    const FieldProblems problems = repo.check(again);
    REQUIRE(problems.size() == 1);
    CHECK(problems.at(0).field == QStringLiteral("person_id"));
    CHECK(repo.ofPerson(p.id).size() == 2);
}

TEST_CASE("leaving cannot come before joining") {
    Membership m{{}, QStringLiteral("o"), QStringLiteral("p"), QStringLiteral("1"), QDate(2022, 5, 1),
                 QDate(2022, 4, 30), {}, {}};
    const FieldProblems problems = validateMembership(m, QDate(2026, 11, 22));
    REQUIRE(problems.size() == 1);
    CHECK(problems.at(0).field == QStringLiteral("left_on"));
    CHECK(m.activeOn(QDate(2022, 5, 1)) == false);  // left before joining: never active
    Membership open{{}, {}, {}, {}, QDate(2022, 5, 1), {}, {}, {}};
    CHECK(open.activeOn(QDate(2022, 5, 1)));
    CHECK_FALSE(open.activeOn(QDate(2022, 4, 30)));
}
