#pragma once

#include "money/Money.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace thanrak {

class Database;

// One side of one account in an entry. Exactly one of debit and credit is
// positive. Lines on a per-member account (savings, loans) name the member.
struct JournalLine {
    QString accountId;
    Money debit;
    Money credit;
    QString membershipId;
    QString loanId;
    QString memo;
};

// What the caller wants to post; `source` says which part of the program made
// it ("manual", "meeting", "loan", "allocation", ...) and `sourceId` which row.
struct JournalEntryDraft {
    QString organisationId;
    QDate date;
    QString description;
    QString source = QStringLiteral("manual");
    QString sourceId;
    QList<JournalLine> lines;
};

struct PostedEntry {
    QString id;
    int entryNo = 0;  // per organisation, 1, 2, 3, ... in posting order
    QString organisationId;
    QDate date;
    QString description;
    QString source;
    QString sourceId;
    QString reversesEntryId;
    QString reason;
    QList<JournalLine> lines;
    QString createdAt;
};

// The books: posting is the only way in, and a posted entry is final. A
// mistake is corrected by reverse() and a new entry, both kept for audit.
class Journal {
public:
    explicit Journal(Database& database) : db_(database) {}

    // Checks the draft (balanced, accounts of this organisation, members on
    // per-member accounts, month open) and posts it in one transaction.
    PostedEntry post(const JournalEntryDraft& draft);
    // Posts the mirror image of an entry on `date` with the user's reason.
    // An entry can be reversed once; a reversal cannot itself be reversed.
    PostedEntry reverse(const QString& entryId, const QDate& date, const QString& reason);

    std::optional<PostedEntry> find(const QString& entryId);
    // Entries of an organisation between two dates (inclusive), in order.
    QList<PostedEntry> entries(const QString& organisationId, const QDate& from, const QDate& to);
    // The date of every organisation's latest entry up to `upTo`, by
    // organisation id (those with no entry are absent): how fresh its books are.
    QHash<QString, QDate> latestEntryDates(const QDate& upTo);

private:
    PostedEntry insert(const JournalEntryDraft& draft, const QString& reversesId,
                       const QString& reason);

    Database& db_;
};

}  // namespace thanrak
