#pragma once

#include "demo/DemoSavingsSetup.h"
#include "savings/MeetingDayService.h"

#include <random>

namespace thanrak::demo {

struct LendingCounts {
    int disbursed = 0;
    int rejected = 0;
};

// The loan committee's business at a meeting: a few members without a loan
// apply for one of the four products within their cap; the committee approves
// what the group's cash allows (refusing the rest) and pays out on the
// meeting day — production loans in kind (fertiliser valued in baht).
LendingCounts lendAtMeeting(Database& database, std::mt19937& rng, const GroupBook& book,
                            const MeetingDues& dues, const QDate& meetingDate);

}  // namespace thanrak::demo
