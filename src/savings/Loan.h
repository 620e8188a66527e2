#pragma once

#include "lending/LoanTerms.h"
#include "money/Money.h"

#include <QDate>
#include <QString>

#include <optional>

namespace thanrak {

// A loan's path through the committee: applied → approved → active (money
// handed over) → settled, or applied → rejected.
enum class LoanStatus { Applied, Approved, Rejected, Active, Settled };

QString loanStatusKey(LoanStatus status);  // "applied", as stored
std::optional<LoanStatus> loanStatusFromKey(const QString& key);
QString loanStatusLabel(LoanStatus status);  // Thai, for the loan register

// How the loan was handed over: money, or goods the group bought for the
// member (fertiliser, seed) valued in baht.
enum class DisbursementKind { Cash, InKind };

QString disbursementKindKey(DisbursementKind kind);  // "cash", "in_kind"
std::optional<DisbursementKind> disbursementKindFromKey(const QString& key);

// Why a contract replaces an older one of the same borrower. Either way the
// new contract's money first settles the old contract, which closes saying so.
enum class ReplacementKind {
    Renewal,      // ต่อสัญญา: the interest was paid; the principal carries on
    Restructure,  // ปรับโครงสร้างหนี้: unpaid interest becomes part of the new principal
};

QString replacementKindKey(ReplacementKind kind);  // "renewal", as stored
std::optional<ReplacementKind> replacementKindFromKey(const QString& key);
QString replacementKindLabel(ReplacementKind kind);  // Thai

// One loan contract (สัญญาเงินกู้) from application to settlement.
struct Loan {
    QString id;
    QString organisationId;
    QString membershipId;
    QString productId;
    // The rule version the contract was made under (its late fines): the one in
    // force on the application day, then on the disbursement (contract) day.
    QString rulesId;
    LoanStatus status = LoanStatus::Applied;

    QDate appliedOn;
    Money requestedAmount;
    int requestedMonths = 0;
    QString purpose;

    QDate approvedOn;  // the loan committee's meeting
    Money approvedAmount;
    QDate rejectedOn;  // the loan committee's meeting
    QString decisionNote;

    // Contract number: `contractSeq` within the C.E. year `contractYear` of
    // disbursement, printed "3/2569" (see contractNoText).
    int contractYear = 0;
    int contractSeq = 0;
    QDate disbursedOn;
    std::optional<DisbursementKind> disbursementKind;
    QString inKindDescription;
    std::optional<LoanTerms> terms;  // as contracted; set on disbursement
    QDate maturityDate;              // the last due date of the contract
    QString disbursementEntryId;

    QDate settledOn;
    QString replacesLoanId;  // renewal or restructuring: the contract this one settles
    std::optional<ReplacementKind> replacesKind;
    // Village funds: the capital pool the money comes from (empty: the
    // group's own cash) and the committee's loan round it was applied in.
    QString poolId;
    QString roundId;
    QString createdAt;
    QString updatedAt;
};

// Paid out and not yet closed on `day`: the contracts a register or a report
// as of that day counts.
bool runningOn(const Loan& loan, const QDate& day);

// "3/2569": the number written on the contract, with the B.E. year; empty
// before disbursement.
QString contractNoText(const Loan& loan);

}  // namespace thanrak
