#include "report/ReportCells.h"
#include "reports/ReportBuilders.h"
#include "reports/ReportContext.h"

#include "domain/MembershipRepository.h"
#include "fund/FundOverview.h"
#include "savings/AllocationRunRepository.h"
#include "savings/LoanRegister.h"
#include "thai/ThaiDate.h"

#include <QCoreApplication>

namespace thanrak::reports {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

// The blocks of another report under a numbered heading, without its own
// signatures (the annual report is signed once, at the end).
void addSection(ReportDocument& into, const QString& heading, const ReportDocument& from) {
    into.add(ReportParagraph{heading, true, CellAlign::Left});
    for (const ReportBlock& block : from.blocks) {
        if (std::holds_alternative<ReportSignatures>(block) ||
            std::holds_alternative<ReportPageBreak>(block))
            continue;
        into.add(block);
    }
}

ReportFacts membersAndLoans(Database& db, const ReportRequest& request) {
    const PeriodActivity a = periodActivity(db, request.organisationId, request.from, request.to);
    const LoanRegisterTotals& totals = a.loansAtEnd;
    const auto baht = [](Money m) { return moneyCell(m).text + Text::tr(" บาท"); };
    return ReportFacts{{
        {Text::tr("สมาชิก ณ สิ้นปี"),
         Text::tr("%1 คน (เข้าใหม่ %2 คน ลาออก %3 คน)").arg(a.activeAtEnd).arg(a.joined).arg(a.left)},
        {Text::tr("ให้กู้ในปี"), Text::tr("%1 สัญญา %2").arg(a.contractsLent).arg(baht(a.lent))},
        {Text::tr("เงินกู้คงเหลือ ณ สิ้นปี"),
         Text::tr("%1 สัญญา %2").arg(totals.active).arg(baht(totals.outstanding))},
        {Text::tr("เงินต้นของสัญญาที่เลยกำหนด"),
         Text::tr("%1 (ร้อยละ %2 ของเงินกู้คงเหลือ)")
             .arg(baht(totals.outstandingInArrears), percentTwoPlaces(totals.arrearsPercent()))},
    }};
}
}  // namespace

ReportDocument annualReport(Database& db, const ReportInfo& info, const ReportRequest& request) {
    const int year = request.to.year();
    OrganisationReport report = startOrganisationReport(db, info, request, yearPeriodText(year));
    ReportDocument& document = report.document;
    const bool fund = report.organisation.kind == OrganisationKind::VillageFund;
    const auto part = [&](const char* name) {
        return buildReport(db, *findReport(QString::fromLatin1(name)), request);
    };
    int section = 0;
    const auto heading = [&section](const QString& title) {
        return QStringLiteral("%1. %2").arg(++section).arg(title);
    };
    document.add(ReportParagraph{heading(Text::tr("สมาชิกและเงินกู้")), true, CellAlign::Left});
    document.add(membersAndLoans(db, request));
    if (fund)
        addSection(document, heading(Text::tr("แหล่งเงินทุน")), part("pool-books"));
    addSection(document, heading(Text::tr("งบรายได้และค่าใช้จ่าย")), part("income-statement"));
    addSection(document, heading(Text::tr("งบดุล ณ วันสิ้นปี")), part("balance-sheet"));
    document.add(ReportParagraph{heading(Text::tr("การจัดสรรกำไรสุทธิ")), true, CellAlign::Left});
    if (const std::optional<AllocationRun> run =
            AllocationRunRepository(db).ofYear(request.organisationId, year))
        for (const ReportBlock& block : allocationSummary(*run)) document.add(block);
    else
        document.add(
            ReportParagraph{Text::tr("ยังไม่ได้คำนวณการจัดสรรกำไรของปี %1").arg(buddhistYear(year)),
                            false, CellAlign::Left});
    document.add(financeSigners(db, request.organisationId, request.to));
    return document;
}

}  // namespace thanrak::reports
