#pragma once

#include <QDate>

namespace thanrak {
class Database;
}

namespace thanrak::demo {

struct ActivityCounts {
    int meetings = 0;
    int receipts = 0;
    int loans = 0;
    int joined = 0;  // new members, with their entrance fee
};

// Every demo savings group keeps its books from `booksFrom` (the first of a
// month): rules, loan products and its members' pledges, then one meeting a
// month up to the last collection day on or before `today`, posted through
// MeetingDayService, with new members joining and loans applied for, approved,
// paid out and repaid along the way. `seed` makes the same story every time.
ActivityCounts addSavingsActivity(Database& database, quint32 seed, const QDate& booksFrom,
                                  const QDate& today);

}  // namespace thanrak::demo
