#pragma once

#include "domain/Validation.h"
#include "money/Money.h"
#include "savings/LoanProduct.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace thanrak {

class Database;

// What the regulation says about one request, checked against the file: the
// product's cap on the member's savings on `day` (from the ledger), the term,
// and the guarantors — each an active member of the group, not the borrower
// or the borrower's spouse, within their count and exposure limits.
// `exceptLoanId` leaves the loan being decided out of the guarantors' counts.
struct LoanRequestCheck {
    QString organisationId;
    QString membershipId;
    LoanProduct product;
    QDate day;
    Money amount;
    int months = 0;
    QStringList guarantorMembershipIds;
    QString exceptLoanId;
};

FieldProblems checkLoanRequestInFile(Database& database, const LoanRequestCheck& request);

}  // namespace thanrak
