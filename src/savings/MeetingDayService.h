#pragma once

#include "domain/Validation.h"
#include "savings/LoanStanding.h"
#include "savings/Receipt.h"
#include "savings/SajjaStanding.h"

#include <QDate>
#include <QList>
#include <QString>

namespace thanrak {

class Database;

struct LoanDue {
    QString loanId;
    QString contractNo;     // "3/2569"
    LoanStanding standing;  // standing.dueNow() is asked for; standing.payoff() would settle it
};

// One row of the meeting screen: what one active member owes this month.
struct MemberDues {
    QString membershipId;
    QString memberNo;
    QString name;
    SajjaStanding sajja;  // this month, missed months and their suggested fines
    QList<LoanDue> loans;

    // Sajja of this month and the missed ones, their fines, and every
    // instalment due: what the screen fills in before the treasurer types.
    Money suggestedTotal() const;
};

struct MeetingDues {
    QString organisationId;
    QString month;         // "2026-03"
    QDate collectionDate;  // the rules' collection day of the month
    QDate asOf;            // the day fines and interest were worked out for
    bool depositsEnabled = false;
    bool alreadyPosted = false;
    QList<MemberDues> members;  // in member-number order
};

struct LoanPayment {
    QString loanId;
    Money amount;
};

// What one member handed over at the meeting, as typed.
struct MemberPayment {
    QString membershipId;
    Money sajja;
    Money deposit;
    Money sajjaFine;
    QList<LoanPayment> loans;

    bool isEmpty() const;
};

struct PostedMeeting {
    QString meetingId;
    QList<Receipt> receipts;  // one per paying member, numbered consecutively
    Money total;
};

// The posting core of the meeting day (วันสัจจะ).
class MeetingDayService {
public:
    explicit MeetingDayService(Database& database) : db_(database) {}

    // Every member active on `asOf` (default: the month's collection day)
    // with their sajja due and each loan's instalments due that month or
    // overdue, with fines as the rules suggest. Throws SavingsError
    // ("savings.rules") when the group has no rules for the month.
    MeetingDues dues(const QString& organisationId, const QString& month, QDate asOf = {});

    // Posts the whole meeting in one transaction: the meeting row, and per
    // paying member one numbered receipt and one journal entry (sajja to the
    // member's savings, deposits, fines, each loan split fine → interest →
    // principal). Any refusal — a negative amount (ValidationError whose
    // fields are the membership ids), a payment beyond a loan's payoff, a
    // closed month (LedgerError), a month already posted — leaves nothing.
    PostedMeeting post(const QString& organisationId, const QDate& meetingDate,
                       const QList<MemberPayment>& payments);

private:
    Database& db_;
};

// Reads what the organisation's sajja depends on (rules, pledges, receipts).
SajjaBook loadSajjaBook(Database& database, const QString& organisationId);
// The same for one member only (the member card).
SajjaBook loadMemberSajjaBook(Database& database, const Membership& member);

}  // namespace thanrak
