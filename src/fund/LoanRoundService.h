#pragma once

#include "fund/LoanRound.h"
#include "savings/LoanService.h"
#include "savings/Receipt.h"

#include <QList>

namespace thanrak {

class Database;

// A member's request in a round (คำขอกู้ในรอบ).
struct RoundApplication {
    QString roundId;
    QString membershipId;
    QDate appliedOn;
    Money amount;
    int months = 0;  // 0: the product's term
    QString purpose;
    QStringList guarantorMembershipIds;
};

// The committee's decision on one application.
struct RoundDecision {
    QDate meetingDate;
    Money amount;
    QString note;
    // Needed, with a note, to approve more than the ordinary cap (up to the
    // raised cap): the committee's special approval.
    bool aboveOrdinaryCap = false;
};

// What the round's caps say of a decision, for the form while it is filled
// in: above the raised cap never; above the ordinary cap only with the
// special approval and its reason. Fields: approved_amount, decision_note.
FieldProblems checkDecision(const LoanRound& round, const RoundDecision& decision);

struct RoundDisbursement {
    Disbursement disbursement;
    std::optional<Receipt> feeReceipt;  // contract fee and risk fund, when the round takes any
};

// One line of the round's approval list.
struct RoundLine {
    Loan loan;
    QString memberNo;
    QString memberName;
};

struct RoundSheet {
    LoanRound round;
    QList<RoundLine> lines;  // by member number
    Money requested;
    Money approved;   // approved and not yet paid, plus paid
    Money disbursed;
    Money poolHeld;   // the pool's bank balance today
    int applications = 0;
    int rejected = 0;
};

// Loan rounds of a village fund, on top of the loan engine: the round adds
// its dates, caps, pool and fees; LoanService does the rest.
class LoanRoundService {
public:
    explicit LoanRoundService(Database& database) : db_(database) {}

    LoanRound open(LoanRound round);
    LoanRound close(const QString& roundId, const QDate& day);
    // An application within the round's dates, up to its raised cap.
    Loan apply(const RoundApplication& application);
    // Approves within the ordinary cap, or above it up to the raised cap with
    // the committee's special approval; the round's approved total must stay
    // within what the pool holds on the meeting day.
    Loan approve(const QString& loanId, const RoundDecision& decision);
    // Pays the loan from the round's pool (which must hold it) and takes the
    // contract fee and risk-fund money in cash on a receipt, in one transaction.
    RoundDisbursement disburse(const QString& loanId, const QDate& day);

    QList<LoanRound> rounds(const QString& organisationId);
    RoundSheet sheet(const QString& roundId, const QDate& today);

private:
    LoanRound requireRound(const QString& roundId);
    LoanRound roundOf(const Loan& loan);

    Database& db_;
};

}  // namespace thanrak
