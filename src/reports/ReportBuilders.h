#pragma once

#include "report/ReportDocument.h"
#include "reports/ReportCatalog.h"
#include "savings/AllocationRun.h"

namespace thanrak {

class Database;

// One function per report; the catalog (ReportCatalog.cpp) lists them. Each
// reads through the core's services and repositories only, and receives a
// request whose dates the catalog already completed.
namespace reports {

// The books (LedgerReports.cpp)
ReportDocument cashBook(Database& db, const ReportInfo& info, const ReportRequest& request);
ReportDocument trialBalance(Database& db, const ReportInfo& info, const ReportRequest& request);
ReportDocument incomeStatement(Database& db, const ReportInfo& info, const ReportRequest& request);
ReportDocument balanceSheet(Database& db, const ReportInfo& info, const ReportRequest& request);

// Members (MemberReports.cpp, ReceiptReports.cpp)
ReportDocument meetingReport(Database& db, const ReportInfo& info, const ReportRequest& request);
ReportDocument sajjaGrid(Database& db, const ReportInfo& info, const ReportRequest& request);
ReportDocument signInSheet(Database& db, const ReportInfo& info, const ReportRequest& request);
ReportDocument receipts(Database& db, const ReportInfo& info, const ReportRequest& request);
ReportDocument passbook(Database& db, const ReportInfo& info, const ReportRequest& request);

// Loans and the year end (LoanReports.cpp)
ReportDocument loanRegister(Database& db, const ReportInfo& info, const ReportRequest& request);
ReportDocument arrearsList(Database& db, const ReportInfo& info, const ReportRequest& request);
ReportDocument allocationList(Database& db, const ReportInfo& info, const ReportRequest& request);

// The allocation's heads as a table under the net profit, for the
// allocation list and the annual report.
QList<ReportBlock> allocationSummary(const AllocationRun& run);

// The annual general meeting's report (AnnualReport.cpp): members and loans,
// a fund's pools, income statement, balance sheet and the allocation's heads.
ReportDocument annualReport(Database& db, const ReportInfo& info, const ReportRequest& request);

// Village funds (FundReports.cpp)
ReportDocument poolBalances(Database& db, const ReportInfo& info, const ReportRequest& request);
ReportDocument roundApprovals(Database& db, const ReportInfo& info, const ReportRequest& request);
ReportDocument gradingSheet(Database& db, const ReportInfo& info, const ReportRequest& request);

// The district office (DistrictReports.cpp)
ReportDocument districtSummary(Database& db, const ReportInfo& info, const ReportRequest& request);
ReportDocument staleData(Database& db, const ReportInfo& info, const ReportRequest& request);

// OTOP products at the district office (ProductSheetReport.cpp, OtopReports.cpp)
ReportDocument productSheet(Database& db, const ReportInfo& info, const ReportRequest& request);
ReportDocument otopSummary(Database& db, const ReportInfo& info, const ReportRequest& request);
ReportDocument certificateExpiry(Database& db, const ReportInfo& info,
                                 const ReportRequest& request);

// Community business plans (PlanReports.cpp, PlanDocumentReport.cpp)
ReportDocument businessCanvas(Database& db, const ReportInfo& info, const ReportRequest& request);
ReportDocument businessPlan(Database& db, const ReportInfo& info, const ReportRequest& request);
ReportDocument districtPlans(Database& db, const ReportInfo& info, const ReportRequest& request);

}  // namespace reports
}  // namespace thanrak
