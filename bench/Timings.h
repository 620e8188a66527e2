#pragma once

#include <QDate>
#include <QString>

#include <functional>

namespace thanrak {
class Database;
}

namespace thanrak::bench {

// Runs `work` `runs` times and returns the median wall time in milliseconds.
double medianMs(int runs, const std::function<void(int run)>& work);

// Prints "  what ............ 12.345 ms (median of 5)" and a warning above 500 ms.
void report(const QString& what, double ms, int runs);

// The timed operations of the big group (organisation id `group`).
void timeMeetings(Database& database, const QString& group, const QDate& firstMonth, int runs);
void timeMemberCards(Database& database, const QString& group, const QDate& asOf, int runs);
void timeBooks(Database& database, const QString& group, const QDate& asOf, int runs);

}  // namespace thanrak::bench
