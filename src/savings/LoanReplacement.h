#pragma once

#include "savings/LoanService.h"

namespace thanrak {

class Database;

// What closing a contract by a new one would take on a day.
struct ReplacementQuote {
    Loan old;
    Money principal;
    Money interest;  // unpaid, accrued to the day
    Money fine;
    // The least a new contract may be: the principal for a renewal (its
    // interest and fines must be paid first), everything for a restructuring.
    Money minimumFor(ReplacementKind kind) const;
};

struct ReplacementRequest {
    QString oldLoanId;
    ReplacementKind kind = ReplacementKind::Renewal;
    QDate day;  // the committee's decision, the contract and the settlement
    Money amount;
    int months = 0;  // 0: the old contract's term
    QString note;
};

ReplacementQuote quoteReplacement(Database& db, const QString& oldLoanId, const QDate& day);
ReplacementQuote quoteReplacement(Database& db, const Loan& old, const QDate& day);

// What disbursement would refuse, for the form: a renewal with interest or
// fines still unpaid, a new amount below quote.minimumFor(kind). Field: amount.
FieldProblems replacementProblems(const ReplacementQuote& quote, ReplacementKind kind,
                                  Money amount);

// Renewal (ต่อสัญญา) or restructuring (ปรับโครงสร้างหนี้) in one transaction: a
// new application of the same borrower, product, pool and guarantors,
// approved and contracted on `day`; its disbursement settles and closes the
// old contract (see LoanService::disburse). Nothing is written when it throws.
Disbursement replaceLoan(Database& db, const ReplacementRequest& request);

}  // namespace thanrak
