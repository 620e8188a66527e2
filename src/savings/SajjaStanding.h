#pragma once

#include "savings/GroupRules.h"
#include "savings/PledgeRepository.h"
#include "savings/Receipt.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace thanrak {

struct Membership;

// "2026-03" for any day of March 2026: the key of a month's sajja.
QString monthKey(const QDate& day);
// The first day of a month key, or an invalid date for a malformed key.
QDate monthStart(const QString& month);

// One month's sajja of one member. A month is owed when the member had joined
// by the month's collection day (วันสัจจะ of the rules in force at the month's
// end) and had a pledge by then; it is the pledge in force that day × share value.
struct SajjaMonth {
    QString month;
    QDate collectionDate;
    Money due;
    Money paid;
    Money fine;  // suggested late fine: rules' late-sajja fine on the shortfall, if not fined yet

    Money shortfall() const { return due > paid ? due - paid : Money(); }
};

struct SajjaStanding {
    int shares = 0;            // pledged for the month asked about
    Money dueThisMonth;        // still to pay for that month
    QList<SajjaMonth> missed;  // earlier months not paid in full, oldest first

    Money arrears() const;        // the shortfall of the missed months
    Money suggestedFine() const;  // their fines not yet paid
};

// Everything the sajja of one organisation depends on, read once per meeting.
struct SajjaBook {
    QList<GroupRules> rules;                            // oldest first
    QHash<QString, QList<Pledge>> pledges;              // by membership
    QHash<QString, QHash<QString, Money>> paidByMonth;  // by membership, then month
    QHash<QString, QSet<QString>> finedMonths;          // by membership
};

// The sajja of the month starting on `first` as owed, with what was paid and
// the suggested fine; nothing when no rules, no membership or no pledge
// covered the month's collection day.
std::optional<SajjaMonth> sajjaOwed(const SajjaBook& book, const Membership& member,
                                    const QDate& first);

// The member's sajja for `month`, from the first month of their first pledge.
SajjaStanding sajjaStanding(const SajjaBook& book, const Membership& member, const QString& month);

// Receipt lines for `amount` of sajja taken in `month`: the missed months
// first, oldest first, each up to its shortfall, and the rest for `month`
// itself (saving more than the pledge is allowed).
QList<ReceiptLine> sajjaLines(const SajjaStanding& standing, const QString& month, Money amount);
// Late-sajja fine lines: each missed month up to its suggested fine, oldest
// first, any rest added to the last of those lines. With no fine suggested it
// is one line on the latest missed month, or on no month when none was missed.
QList<ReceiptLine> sajjaFineLines(const SajjaStanding& standing, Money amount);

}  // namespace thanrak
