#include "reports/PlanContext.h"

#include "base/Error.h"
#include "cbmc/CanvasRepository.h"
#include "cbmc/VersionRepository.h"
#include "reports/ReportContext.h"
#include "thai/ThaiDate.h"

#include <QCoreApplication>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

[[noreturn]] void refuse(const QString& message) {
    throw Error(QStringLiteral("report.request"), message);
}
}  // namespace

QString versionText(const PlanVersion& version) {
    return Text::tr("ฉบับที่ %1 ลงวันที่ %2").arg(version.number).arg(formatThaiDate(version.dated));
}

PlanReport startPlanReport(Database& database, const ReportInfo& info,
                           const ReportRequest& request) {
    const std::optional<BusinessPlanRow> plan = PlanRepository(database).find(request.planId);
    if (!plan)
        refuse(Text::tr("ไม่พบแผนธุรกิจชุมชนที่เลือกในไฟล์นี้ กรุณาเลือกแผนอีกครั้ง"));
    const QString versionId =
        request.versionId.isEmpty() ? plan->latestVersionId : request.versionId;
    const std::optional<PlanVersion> version = VersionRepository(database).find(versionId);
    if (!version || version->planId != plan->plan.id)
        refuse(Text::tr("ไม่พบฉบับที่เลือกของแผน \"%1\" กรุณาเลือกฉบับของแผนนี้").arg(plan->plan.title));
    ReportRequest ofOrganisation = request;
    ofOrganisation.organisationId = plan->plan.organisationId;
    OrganisationReport start =
        startOrganisationReport(database, info, ofOrganisation,
                                Text::tr("%1 %2").arg(plan->plan.title, versionText(*version)));
    return {*plan, *version, CanvasRepository(database).items(version->id),
            std::move(start.document)};
}

}  // namespace thanrak
