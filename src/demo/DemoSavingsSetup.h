#pragma once

#include "domain/Organisation.h"
#include "savings/LoanProduct.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <random>

namespace thanrak {
class Database;
}

namespace thanrak::demo {

// How a member behaves on meeting days, drawn once so a member keeps it all year.
enum class Habit {
    Reliable,    // pays exactly what is due, nearly always
    Forgetful,   // now and then misses a whole month, pays it with the fine later
    Struggling,  // often short: sajja missed, instalments paid in part or not at all
};

// What the demo story keeps about one savings group while it writes its year.
struct GroupBook {
    QString organisationId;
    QString villageCode;
    QList<LoanProduct> products;  // one per interest method, in kInterestMethods order
    QString cashAccountId;
    QString savingsAccountId;
    QHash<QString, Habit> habits;  // by membership
};

// The group's chart, its regulation from `booksFrom` (default rules, with
// fines), a loan product for each interest method, and a pledge of 1–10
// shares from `booksFrom` for each member who joined before it.
GroupBook setUpGroup(Database& database, std::mt19937& rng, const Organisation& group,
                     const QDate& booksFrom);

// A grown-up of the village who is not yet a member joins on `day` through
// MemberService (entrance fee receipt, pledge); false when nobody is left.
bool joinNewMember(Database& database, std::mt19937& rng, GroupBook& book, const QDate& day);

// A few members change their pledge from `day` on (เปลี่ยนสัจจะ).
void changeSomePledges(Database& database, std::mt19937& rng, const GroupBook& book,
                       const QDate& day);

// A whole number from low to high inclusive.
int draw(std::mt19937& rng, int low, int high);

}  // namespace thanrak::demo
