#include "demo/DemoSavingsActivity.h"

#include "demo/DemoLending.h"
#include "demo/DemoMeetings.h"
#include "demo/DemoSavingsSetup.h"
#include "domain/OrganisationRepository.h"
#include "savings/GroupRulesRepository.h"
#include "savings/MeetingDayService.h"
#include "savings/SajjaStanding.h"
#include "savings/YearEndService.h"

#include <algorithm>

namespace thanrak::demo {

namespace {
QList<Organisation> savingsGroups(Database& db) {
    OrganisationFilter filter;
    filter.kind = OrganisationKind::SavingsGroup;
    QList<Organisation> groups;
    for (const OrganisationSummary& s : OrganisationRepository(db).list(filter))
        groups.append(s.organisation);
    std::sort(groups.begin(), groups.end(),
              [](const Organisation& a, const Organisation& b) { return a.code < b.code; });
    return groups;
}

// Before the meeting: now and then someone from the village joins; in January
// a few members change their pledge for the new year.
void beforeMeeting(Database& db, std::mt19937& rng, GroupBook& book, const QDate& meetingDate,
                   const QDate& booksFrom, ActivityCounts& counts) {
    if (draw(rng, 0, 99) < 35 &&
        joinNewMember(db, rng, book, std::max(booksFrom, meetingDate.addDays(-draw(rng, 1, 20)))))
        ++counts.joined;
    if (meetingDate.month() == 1 && meetingDate.year() > booksFrom.year())
        changeSomePledges(db, rng, book, QDate(meetingDate.year(), 1, 1));
}

// The month's meeting on the collection day (วันสัจจะ) of the rules in force.
QDate meetingDay(Database& db, const GroupBook& book, const QDate& first) {
    const QDate last(first.year(), first.month(), first.daysInMonth());
    const std::optional<GroupRulesVersion> rules =
        GroupRulesRepository(db).current(book.organisationId, last);
    return QDate(first.year(), first.month(), rules->rules.collectionDay);
}

// The year-end allocation (จัดสรรกำไรสุทธิ) of each complete year of books,
// approved at the annual meeting on January's collection day, before that
// meeting's money is taken. Most groups add the members' shares to their
// savings; every fourth pays them out in cash.
void closeYear(Database& db, const GroupBook& book, int year, const QDate& booksFrom) {
    if (booksFrom > QDate(year, 1, 1))
        return;  // a part year stays undivided, as it would in a new group
    YearEndService yearEnd(db);
    const AllocationRun draft = yearEnd.draft(book.organisationId, year);
    const QDate january = meetingDay(db, book, QDate(year + 1, 1, 1));
    PayoutChoice payouts;
    payouts.everyone =
        qHash(book.organisationId) % 4 == 0 ? PayoutMethod::Cash : PayoutMethod::Savings;
    yearEnd.post(draft.id, january, payouts);
}

void holdMeeting(Database& db, std::mt19937& rng, GroupBook& book, const QDate& meetingDate,
                 const QDate& booksFrom, ActivityCounts& counts) {
    MeetingDayService meetings(db);
    beforeMeeting(db, rng, book, meetingDate, booksFrom, counts);
    const MeetingDues dues = meetings.dues(book.organisationId, monthKey(meetingDate));
    const QList<MemberPayment> payments = meetingPayments(rng, book, dues);
    if (!payments.isEmpty()) {
        counts.receipts += static_cast<int>(
            meetings.post(book.organisationId, meetingDate, payments).receipts.size());
        ++counts.meetings;
    }
    counts.loans += lendAtMeeting(db, rng, book, dues, meetingDate).disbursed;
    if (meetingDate.month() == 12)
        closeYear(db, book, meetingDate.year(), booksFrom);
}
}  // namespace

ActivityCounts addSavingsActivity(Database& db, quint32 seed, const QDate& booksFrom,
                                  const QDate& today) {
    ActivityCounts counts;
    const QList<Organisation> groups = savingsGroups(db);
    for (int g = 0; g < groups.size(); ++g) {
        std::mt19937 rng(seed + static_cast<quint32>(g));
        GroupBook book = setUpGroup(db, rng, groups.at(g), booksFrom);
        for (QDate first = booksFrom; first <= today; first = first.addMonths(1)) {
            const QDate meetingDate = meetingDay(db, book, first);
            if (meetingDate <= today)
                holdMeeting(db, rng, book, meetingDate, booksFrom, counts);
        }
    }
    return counts;
}

}  // namespace thanrak::demo
