#pragma once

#include "domain/Membership.h"
#include "domain/Person.h"
#include "lending/LoanSchedule.h"
#include "savings/Loan.h"
#include "savings/LoanStanding.h"
#include "savings/Receipt.h"
#include "savings/SajjaStanding.h"

#include <QDate>
#include <QList>

#include <optional>
#include <vector>

namespace thanrak {

class Database;

// One of the member's contracts on the card, with its schedule and, while it
// runs, where it stands.
struct MemberCardLoan {
    Loan loan;
    QString productName;
    std::vector<Instalment> schedule;
    std::optional<LoanStanding> standing;  // active loans on the card's day
};

// Sajja received for one month, and what was due.
struct MemberCardMonth {
    QString month;  // "2026-03"
    Money due;
    Money paid;
};

// บัตรสมาชิก: everything the treasurer is asked about one member, read at once.
struct MemberCard {
    QDate asOf;
    Membership membership;
    Person person;
    int shares = 0;      // pledged on asOf
    Money monthlySajja;  // shares × share value of the rules on asOf
    Money savings;       // เงินสัจจะสะสม on asOf
    Money deposits;      // เงินฝาก on asOf
    Money loansOutstanding;
    SajjaStanding sajja;            // this month and the missed ones
    QList<MemberCardMonth> months;  // the twelve months up to asOf, oldest first
    QList<MemberCardLoan> loans;    // newest application first
    QList<Receipt> receipts;        // newest first
};

// Throws SavingsError ("savings.member") when the membership does not exist.
MemberCard loadMemberCard(Database& database, const QString& membershipId, const QDate& asOf);

}  // namespace thanrak
