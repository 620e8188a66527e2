#include "support/CatchQt.h"

#include "support/DomainFixture.h"
#include "domain/PersonRepository.h"
#include "thai/NationalId.h"

using namespace thanrak;

namespace {
QStringList firstNames(const QList<PersonSummary>& people) {
    QStringList names;
    for (const PersonSummary& s : people)
        names << s.person.firstName;
    return names;
}
}  // namespace

TEST_CASE("a person needs names; ID, birth date, phone and postcode are checked") {
    const QDate today(2026, 11, 22);
    Person p;
    CHECK(validatePerson(p, today).size() == 2);
    p.firstName = QStringLiteral("สมศรี");
    p.lastName = QStringLiteral("ใจดี");
    p.nationalId = QStringLiteral("1-1017-00230-70-9");  // check digit should be 8
    p.birthDate = QDate(2027, 1, 1);
    p.phone = QStringLiteral("12345");
    p.postcode = QStringLiteral("3517");
    const FieldProblems problems = validatePerson(p, today);
    REQUIRE(problems.size() == 4);
    CHECK(problems.at(0).field == QStringLiteral("national_id"));
    CHECK(problems.at(1).field == QStringLiteral("birth_date"));
    CHECK(problems.at(2).field == QStringLiteral("phone"));
    CHECK(problems.at(3).field == QStringLiteral("postcode"));
    p.nationalId = QStringLiteral("1 1017 00230 70 8");
    p.birthDate = QDate(1970, 3, 15);
    p.phone = QStringLiteral("081-234-5678");
    p.postcode = QStringLiteral("35170");
    CHECK(validatePerson(p, today).isEmpty());
    Person named;
    named.title = QStringLiteral("นาง");
    named.firstName = QStringLiteral("สมศรี");
    named.lastName = QStringLiteral("ใจดี");
    CHECK(personDisplayName(named) == QStringLiteral("นางสมศรี ใจดี"));
}

TEST_CASE("the national ID is stored as 13 digits and is unique") {
    test::DomainFixture f;
    PersonRepository repo(f.db());
    const Person first = f.addPerson(QStringLiteral("สมศรี"), QStringLiteral("ใจดี"),
                                     QStringLiteral("1-1017-00230-70-8"));
    CHECK(repo.find(first.id)->nationalId == QStringLiteral("1101700230708"));
    Person twin;
    twin.firstName = QStringLiteral("บุญมี");
    twin.lastName = QStringLiteral("ศรีสุข");
    twin.nationalId = QStringLiteral("1101700230708");
    const FieldProblems problems = repo.check(twin);
    REQUIRE(problems.size() == 1);
    CHECK(problems.at(0).message.contains(QStringLiteral("นางสมศรี ใจดี")));
    CHECK_THROWS_AS(repo.save(twin), ValidationError);
    CHECK(repo.search({}).size() == 1);
}

TEST_CASE("search finds by name or ID digits and lists in Thai dictionary order") {
    test::DomainFixture f;
    f.addPerson(QStringLiteral("ขวัญใจ"), QStringLiteral("ทองดี"), test::validId(1));
    f.addPerson(QStringLiteral("เกศินี"), QStringLiteral("พรมมา"), test::validId(2));
    f.addPerson(QStringLiteral("กาญจนา"), QStringLiteral("บุญมา"), test::validId(3),
                QStringLiteral("35020101"));
    PersonRepository repo(f.db());
    // ก-า < เ-ก < ข: the leading vowel เ does not count as the first letter.
    CHECK(firstNames(repo.search({})) ==
          QStringList{QStringLiteral("กาญจนา"), QStringLiteral("เกศินี"), QStringLiteral("ขวัญใจ")});
    CHECK(firstNames(repo.search(QStringLiteral("บุญมา"))) == QStringList{QStringLiteral("กาญจนา")});
    const QString id2 = test::validId(2);
    // Typed as printed on the card, with dashes.
    CHECK(firstNames(repo.search(formatNationalId(id2))) == QStringList{QStringLiteral("เกศินี")});
    const QList<PersonSummary> village = repo.inVillage(QStringLiteral("35020101"));
    REQUIRE(village.size() == 1);
    CHECK(village.at(0).villageLabel == QStringLiteral("บ้านหนองบัว หมู่ที่ 1"));
}

TEST_CASE("a person without a title is saved with an empty title") {
    test::DomainFixture f;
    Person p;
    p.firstName = QStringLiteral("ทองใบ");
    p.lastName = QStringLiteral("ศรีสุข");
    PersonRepository(f.db()).save(p);
    CHECK(PersonRepository(f.db()).find(p.id)->title.isEmpty());
}
