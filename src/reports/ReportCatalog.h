#pragma once

#include "domain/Organisation.h"
#include "report/ReportDocument.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace thanrak {

class Database;

// Whom a report is about.
enum class ReportScope {
    Finance,   // one savings group or village fund: its members, loans and books
    Fund,      // one village fund: pools, rounds, grades
    District,  // every organisation of the file, by tambon
    Plan,      // one community business plan (แผนธุรกิจชุมชน), chosen on the plan page
};

// Which dates a report reads.
enum class ReportPeriod {
    AsOf,   // one day (the `to` date): balances, registers
    Range,  // from and to: cash book, income statement, receipts
    Month,  // the month of `to`: the monthly meeting report
    Year,   // the calendar year of `to`: sajja grid, allocation, grades
};

// What the user chose. The catalog fills the dates a period needs.
struct ReportRequest {
    QString organisationId;  // Finance and Fund reports
    QDate from;
    QDate to;
    QString membershipId;      // the passbook of one member; empty for every member
    QString subdistrictCode;   // district reports of one tambon; empty for all
    QString productId;         // the OTOP product sheet of one product; empty for every one
    QString planId;            // Plan reports: the community business plan
    QString versionId;         // Plan reports: its version; empty for the latest
    QDate today;               // printed at the foot of each page
    bool showFullIds = false;  // national IDs in full instead of masked
};

struct ReportInfo {
    QString name;     // stable, for the command line: "cash-book"
    QString title;    // Thai (translated) heading: "สมุดเงินสด"
    QString purpose;  // one sentence for the reports screen: what it is for
    ReportScope scope = ReportScope::Finance;
    ReportPeriod period = ReportPeriod::AsOf;
    std::function<ReportDocument(Database&, const ReportRequest&)> build;
};

// Every report, in the order the reports screen lists them.
const QList<ReportInfo>& reportCatalog();
std::optional<ReportInfo> findReport(const QString& name);

// Whether a report of `scope` can be made for an organisation of `kind`
// (district reports are for no organisation, plan reports for a plan).
bool reportFitsKind(ReportScope scope, OrganisationKind kind);

// Dates a period needs, from whatever the user gave: a year becomes 1 Jan –
// 31 Dec, a month its first and last day, a missing `to` is `today`.
ReportRequest completeDates(const ReportInfo& info, ReportRequest request);

// Checks the request (the organisation exists and is of a kind the report
// is for, or the plan exists; the dates are in order) and builds the report. Throws thanrak::Error
// ("report.request") with a Thai sentence saying what is missing.
ReportDocument buildReport(Database& database, const ReportInfo& info, ReportRequest request);

}  // namespace thanrak
