#pragma once

#include "domain/Organisation.h"
#include "ledger/Balances.h"
#include "report/ReportDocument.h"
#include "reports/ReportCatalog.h"
#include "savings/LoanRegister.h"

namespace thanrak {

class Database;

// What every report of one organisation starts from: the organisation, a
// document whose header names it and its place, and who signs.
struct OrganisationReport {
    Organisation organisation;
    ReportDocument document;
};

// Throws thanrak::Error ("report.request") when the organisation is missing.
OrganisationReport startOrganisationReport(Database& database, const ReportInfo& info,
                                           const ReportRequest& request, const QString& period);
// A document for the district reports: the district and province in the header.
ReportDocument startDistrictReport(Database& database, const ReportInfo& info,
                                   const ReportRequest& request, const QString& period);

// "หมู่ที่ 5 บ้านหนองบัว ตำบลหนองบัว อำเภอเมือง จังหวัดขอนแก่น"
QString placeLine(Database& database, const QString& villageCode);

// The signature blocks of a financial report: who prepared it (the
// treasurer), the chair, and the auditor, named from the committee terms
// current on `day` unless the organisation's report settings name them; a
// seat nobody holds is left blank to write in.
ReportSignatures financeSigners(Database& database, const QString& organisationId,
                                const QDate& day);

// What happened to an organisation's members and loans from–to: the month
// of a meeting report, the year of an annual report.
struct PeriodActivity {
    int activeAtEnd = 0;  // members on `to`
    int joined = 0;
    int left = 0;
    int contractsLent = 0;  // paid out from–to
    Money lent;
    LoanRegisterTotals loansAtEnd;  // running on `to`
};
PeriodActivity periodActivity(Database& database, const QString& organisationId, const QDate& from,
                              const QDate& to);

// One account's lines with the balance brought forward and the running
// balance: a passbook page, a pool's bank book. `in` and `out` title the
// columns of what added to and took from the balance.
ReportTable statementTable(const QString& caption, const CashBook& book, const QDate& from,
                           const QString& in, const QString& out, double descriptionWeight);

// "1-2345-xxxxx-xx-1", or the full number when the request asks for it.
QString shownId(const QString& nationalId, const ReportRequest& request);

}  // namespace thanrak
