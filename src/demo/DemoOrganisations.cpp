#include "demo/DemoOrganisations.h"

#include "domain/CommitteeRepository.h"
#include "domain/MembershipRepository.h"
#include "domain/OrganisationRepository.h"

#include <algorithm>

namespace thanrak::demo {

namespace {
QDate randomDate(std::mt19937& rng, const QDate& from, const QDate& to) {
    const qint64 span = std::max<qint64>(0, from.daysTo(to));
    return from.addDays(std::uniform_int_distribution<qint64>(0, span)(rng));
}

struct KindStory {
    QString codePrefix;
    QString namePrefix;
    QDate registeredFrom;
    QDate registeredTo;
    int joinPercent;
};

KindStory storyOf(OrganisationKind kind) {
    if (kind == OrganisationKind::VillageFund)  // funds were set up in 2544–2545
        return {QStringLiteral("VF"), QStringLiteral("กองทุนหมู่บ้าน"), QDate(2001, 7, 1),
                QDate(2002, 12, 31), 64};
    return {QStringLiteral("SG"), QStringLiteral("กลุ่มออมทรัพย์เพื่อการผลิต"), QDate(1992, 1, 1),
            QDate(2016, 12, 31), 78};
}

struct Seat {
    Committee committee;
    CommitteeRole role;
};
const Seat kSeats[] = {
    {Committee::Executive, CommitteeRole::Chair},
    {Committee::Executive, CommitteeRole::ViceChair},
    {Committee::Executive, CommitteeRole::Secretary},
    {Committee::Executive, CommitteeRole::Treasurer},
    {Committee::Executive, CommitteeRole::Member},
    {Committee::Executive, CommitteeRole::Member},
    {Committee::Loan, CommitteeRole::Chair},
    {Committee::Loan, CommitteeRole::Member},
    {Committee::Loan, CommitteeRole::Member},
    {Committee::Audit, CommitteeRole::Chair},
    {Committee::Audit, CommitteeRole::Member},
    {Committee::Audit, CommitteeRole::Member},
};

int seatCommittee(Database& database, std::mt19937& rng, const QString& organisationId,
                  QList<Membership> members, const QDate& termStart) {
    members.erase(std::remove_if(members.begin(), members.end(),
                                 [&](const Membership& m) { return m.joinedOn > termStart; }),
                  members.end());
    std::shuffle(members.begin(), members.end(), rng);
    CommitteeRepository committees(database);
    int seated = 0;
    for (const Seat& seat : kSeats) {
        if (seated >= members.size())
            break;
        CommitteeTerm term;
        term.organisationId = organisationId;
        term.personId = members.at(seated++).personId;
        term.committee = seat.committee;
        term.role = seat.role;
        term.termStart = termStart;
        term.termEnd = defaultTermEnd(termStart);
        committees.save(term);
    }
    return seated;
}
}  // namespace

VillageCounts addOrganisation(Database& database, std::mt19937& rng, OrganisationKind kind,
                              const QString& villageCode, const QString& villageName,
                              const QList<Person>& people, const StoryDates& dates) {
    const QDate& today = dates.today;
    const KindStory story = storyOf(kind);
    Organisation org;
    org.kind = kind;
    org.code = story.codePrefix + villageCode;
    org.name = story.namePrefix + villageName;
    org.villageCode = villageCode;
    org.registeredOn = randomDate(rng, story.registeredFrom, story.registeredTo);
    org.registrationNo = kind == OrganisationKind::VillageFund ? villageCode : QString();
    OrganisationRepository(database).save(org);

    const QDate latest = kind == OrganisationKind::SavingsGroup
                             ? std::min(today.addDays(-30), dates.booksFrom.addDays(-1))
                             : today.addDays(-30);
    QList<Membership> joined;
    for (const Person& person : people) {
        if (std::uniform_int_distribution<int>(0, 99)(rng) >= story.joinPercent)
            continue;
        const QDate earliest = std::max(org.registeredOn, person.birthDate.addYears(18));
        if (earliest > latest)
            continue;  // too young to have joined yet
        joined.append({{}, org.id, person.id, {}, randomDate(rng, earliest, latest), {}, {}, {}});
    }
    std::sort(joined.begin(), joined.end(),
              [](const Membership& a, const Membership& b) { return a.joinedOn < b.joinedOn; });
    MembershipRepository memberships(database);
    for (int i = 0; i < joined.size(); ++i) {
        joined[i].memberNo = QString::number(i + 1);
        memberships.save(joined[i]);
    }
    const int seats = seatCommittee(database, rng, org.id, joined, QDate(today.year() - 1, 5, 1));
    return {1, static_cast<int>(joined.size()), seats};
}

}  // namespace thanrak::demo
