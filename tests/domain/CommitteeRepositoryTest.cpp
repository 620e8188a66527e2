#include "support/CatchQt.h"

#include "support/DomainFixture.h"
#include "domain/CommitteeRepository.h"

using namespace thanrak;

namespace {
CommitteeTerm chairTerm(const Organisation& org, const Person& p, const QDate& start) {
    CommitteeTerm t;
    t.organisationId = org.id;
    t.personId = p.id;
    t.committee = Committee::Executive;
    t.role = CommitteeRole::Chair;
    t.termStart = start;
    t.termEnd = defaultTermEnd(start);
    return t;
}
}  // namespace

TEST_CASE("a term lasts two years by default") {
    CHECK(defaultTermEnd(QDate(2025, 5, 1)) == QDate(2027, 4, 30));
    CHECK(committeeRoleLabel(CommitteeRole::Treasurer) == QStringLiteral("เหรัญญิก"));
    for (Committee c : allCommittees())
        CHECK(committeeFromKey(committeeKey(c)) == c);
    for (CommitteeRole r : allCommitteeRoles())
        CHECK(committeeRoleFromKey(committeeRoleKey(r)) == r);
}

TEST_CASE("committee members must be members; one chair at a time") {
    test::DomainFixture f;
    const Organisation org = f.addOrganisation(QStringLiteral("SG1"), QStringLiteral("35020101"));
    const Person a = f.addPerson(QStringLiteral("สมศรี"), QStringLiteral("ใจดี"));
    const Person b = f.addPerson(QStringLiteral("บุญมี"), QStringLiteral("ศรีสุข"));
    const Person outsider = f.addPerson(QStringLiteral("มาลี"), QStringLiteral("ทองดี"));
    f.addMember(org, a, QStringLiteral("1"));
    f.addMember(org, b, QStringLiteral("2"));
    CommitteeRepository repo(f.db());

    CommitteeTerm notMember = chairTerm(org, outsider, QDate(2025, 5, 1));
    const FieldProblems notMemberProblems = repo.check(notMember);
    REQUIRE(notMemberProblems.size() == 1);
    CHECK(notMemberProblems.at(0).field == QStringLiteral("person_id"));

    CommitteeTerm first = chairTerm(org, a, QDate(2023, 5, 1));  // to 2025-04-30
    repo.save(first);
    CommitteeTerm overlapping = chairTerm(org, b, QDate(2025, 4, 1));
    const FieldProblems clash = repo.check(overlapping);
    REQUIRE(clash.size() == 1);
    CHECK(clash.at(0).message.contains(QStringLiteral("สมศรี")));
    CommitteeTerm next = chairTerm(org, b, QDate(2025, 5, 1));
    repo.save(next);

    CommitteeTerm treasurer = chairTerm(org, a, QDate(2025, 5, 1));
    treasurer.role = CommitteeRole::Treasurer;
    repo.save(treasurer);

    CHECK(repo.terms(org.id).size() == 3);
    const QList<CommitteeRow> current = repo.terms(org.id, QDate(2026, 1, 1));
    REQUIRE(current.size() == 2);
    CHECK(current.at(0).term.role == CommitteeRole::Chair);
    CHECK(current.at(0).personName == QStringLiteral("นางบุญมี ศรีสุข"));
}
