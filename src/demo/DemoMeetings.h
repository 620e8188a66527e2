#pragma once

#include "demo/DemoSavingsSetup.h"
#include "savings/MeetingDayService.h"

#include <random>

namespace thanrak::demo {

// What each member hands over at the meeting, as their habit has it: most pay
// exactly what the screen suggests (sajja, arrears with their fines, every
// instalment due); some miss a month; a few pay their loans short.
QList<MemberPayment> meetingPayments(std::mt19937& rng, const GroupBook& book,
                                     const MeetingDues& dues);

}  // namespace thanrak::demo
