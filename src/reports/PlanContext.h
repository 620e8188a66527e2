#pragma once

#include "cbmc/CbmcRecords.h"
#include "cbmc/PlanRepository.h"
#include "report/ReportDocument.h"
#include "reports/ReportCatalog.h"

#include <QList>

namespace thanrak {

class Database;

// What every report of one community business plan starts from: the plan,
// the version asked for (its latest when none is), that version's cards and
// a document whose header names the organisation, the plan and the version.
struct PlanReport {
    BusinessPlanRow plan;
    PlanVersion version;
    QList<CanvasItem> items;
    ReportDocument document;
};

// Throws thanrak::Error ("report.request") in Thai when the plan or the
// version is not in the file, or the version is of another plan.
PlanReport startPlanReport(Database& database, const ReportInfo& info,
                           const ReportRequest& request);

// "ฉบับที่ 2 ลงวันที่ 1 มีนาคม 2569"
QString versionText(const PlanVersion& version);

}  // namespace thanrak
