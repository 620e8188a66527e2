#pragma once

#include "savings/Loan.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

// How a loan row is read and written; shared by LoanRepository's queries.
namespace thanrak::rows {

// "l.id, l.organisation_id, ..." — every column of `loans` aliased `l`.
const QString& loanColumns();
Loan readLoan(const QSqlQuery& query);

// The contract columns set on disbursement, in the order of
// loanContractAssignments(), followed by nothing else.
QString loanContractAssignments();
QVariantList loanContractValues(const Loan& loan);

}  // namespace thanrak::rows
