#pragma once

#include "domain/Validation.h"
#include "lending/LoanSchedule.h"
#include "savings/Loan.h"

#include <QStringList>

#include <vector>

namespace thanrak {

class Database;

// A member's request for a loan (คำขอกู้).
struct LoanApplication {
    QString organisationId;
    QString membershipId;
    QString productId;
    QDate appliedOn;
    Money amount;
    int months = 0;
    QString purpose;
    QStringList guarantorMembershipIds;
    QString replacesLoanId;  // renewal or restructuring: an active contract of the same member
    ReplacementKind replacesKind = ReplacementKind::Restructure;
    QString poolId = {};   // village funds: the capital pool lending; empty for a group's cash
    QString roundId = {};  // village funds: the committee's loan round
};

struct Disbursement {
    Loan loan;
    std::vector<Instalment> schedule;
    QString legalCapWarning;  // Thai, when the effective rate passes 15 % a year; else empty
};

// The loan's way through the loan committee (คณะกรรมการเงินกู้). Each call is
// one transaction; nothing is written when it throws (ValidationError for
// what a form can fix, SavingsError for a loan at the wrong step).
class LoanService {
public:
    explicit LoanService(Database& database) : db_(database) {}
    // For LoanRoundService only, which applies a round's caps, promises and
    // fees around approve() and disburse(); anyone else is refused the loans
    // of a round ("savings.loan_round").
    static LoanService forLoanRounds(Database& database);

    // Everything apply() would refuse, for the form while it is filled in.
    FieldProblems check(const LoanApplication& application);
    Loan apply(const LoanApplication& application);
    // The committee approves `amount` (not more than asked) at its meeting
    // on `meetingDate`; the cap and guarantors are checked again on that day.
    Loan approve(const QString& loanId, const QDate& meetingDate, Money amount,
                 const QString& note);
    // Refuses an application, or withdraws an approval before the money is paid.
    Loan reject(const QString& loanId, const QDate& meetingDate, const QString& note);
    // Hands the money (or the goods) over on `day`: numbers the contract,
    // stores the terms of the product that day and the schedule from
    // buildSchedule, and posts Dr loans receivable (member, loan) / Cr cash
    // (see loanAccounts for a pool's loan; the pool must hold the money).
    // Goods given in kind were bought for the member with the group's cash,
    // so an in-kind loan also credits cash, described by what was given.
    // A renewal or restructuring first settles the contract it replaces
    // (principal, and for a restructuring the unpaid interest and fines),
    // closes it on `day`, and hands over only what is left.
    Disbursement disburse(const QString& loanId, const QDate& day, DisbursementKind kind,
                          const QString& inKindDescription = {});

private:
    Loan requireLoan(const QString& loanId, LoanStatus expected, const QString& action);
    void refuseRoundLoan(const Loan& loan) const;

    Database& db_;
    bool roundSteps_ = false;
};

}  // namespace thanrak
