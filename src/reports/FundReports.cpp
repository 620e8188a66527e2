#include "report/ReportCells.h"
#include "reports/ReportBuilders.h"
#include "reports/ReportContext.h"

#include "allocation/PercentText.h"
#include "domain/CommitteeRepository.h"
#include "fund/FundOverview.h"
#include "fund/GradeRepository.h"
#include "fund/LoanRoundService.h"
#include "fund/PoolService.h"
#include "ledger/Balances.h"
#include "thai/ThaiDate.h"

#include <QCoreApplication>

namespace thanrak::reports {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

ReportTable poolBook(Database& db, const CapitalPool& pool, const ReportRequest& request) {
    const CashBook book =
        Balances(db).accountStatement(pool.bankAccountId, {}, request.from, request.to);
    return statementTable(
        Text::tr("สมุดบัญชีเงินฝากธนาคาร %1 (%2 %3)").arg(pool.name, pool.bankName, pool.bankAccountNo),
        book, request.from, Text::tr("ฝาก / รับ"), Text::tr("ถอน / จ่าย"), 5);
}

QString statusText(const Loan& loan) {
    if (loan.status == LoanStatus::Rejected)
        return Text::tr("ไม่อนุมัติ");
    if (loan.status == LoanStatus::Applied)
        return Text::tr("รอพิจารณา");
    if (loan.disbursedOn.isValid())
        return Text::tr("จ่ายแล้ว %1").arg(contractNoText(loan));
    return Text::tr("อนุมัติ");
}

ReportSignatures loanCommittee(Database& db, const QString& organisationId, const QDate& day) {
    ReportSignatures signers;
    for (const CommitteeRow& row : CommitteeRepository(db).terms(organisationId, day))
        if (row.term.committee == Committee::Loan &&
            (row.term.role == CommitteeRole::Chair || row.term.role == CommitteeRole::Secretary))
            signers.signers.append(
                {committeeRoleLabel(row.term.role) + Text::tr("คณะกรรมการเงินกู้"), row.personName});
    if (signers.signers.isEmpty())
        signers.signers = {{Text::tr("ประธานคณะกรรมการเงินกู้"), {}},
                           {Text::tr("เลขานุการคณะกรรมการเงินกู้"), {}}};
    signers.signers.append(
        {Text::tr("ประธานกรรมการกองทุน"), financeSigners(db, organisationId, day).signers[1].name});
    return signers;
}
}  // namespace

ReportDocument poolBalances(Database& db, const ReportInfo& info, const ReportRequest& request) {
    OrganisationReport report =
        startOrganisationReport(db, info, request, rangePeriodText(request.from, request.to));
    const QList<PoolBalance> balances =
        PoolService(db).balances(request.organisationId, request.to);
    ReportTable summary;
    summary.caption = Text::tr("ยอดคงเหลือ %1").arg(asOfPeriodText(request.to));
    summary.columns = {textColumn(Text::tr("แหล่งเงินทุน"), 3), textColumn(Text::tr("ประเภท"), 2.2),
                       amountColumn(Text::tr("ทุน / หนี้คงค้าง"), 1.9),
                       amountColumn(Text::tr("เงินให้กู้คงเหลือ"), 1.9),
                       amountColumn(Text::tr("เงินในบัญชีธนาคาร"), 1.9)};
    Money capital, lent, held;
    for (const PoolBalance& b : balances) {
        summary.rows.append({textCell(b.pool.name), textCell(poolKindLabel(b.pool.kind)),
                             moneyCell(b.capital), moneyCell(b.loansOutstanding),
                             moneyCell(b.held)});
        capital += b.capital;
        lent += b.loansOutstanding;
        held += b.held;
    }
    summary.rows.append({labelCell(Text::tr("รวม"), 2), moneyCell(capital, true),
                         moneyCell(lent, true), moneyCell(held, true)});
    report.document.add(summary);
    for (const PoolBalance& b : balances) report.document.add(poolBook(db, b.pool, request));
    report.document.add(financeSigners(db, request.organisationId, request.to));
    return report.document;
}

ReportDocument roundApprovals(Database& db, const ReportInfo& info, const ReportRequest& request) {
    OrganisationReport report =
        startOrganisationReport(db, info, request, yearPeriodText(request.to.year()));
    report.document.landscape = true;
    LoanRoundService service(db);
    QList<LoanRound> rounds = service.rounds(request.organisationId);
    std::reverse(rounds.begin(), rounds.end());  // oldest first on paper
    bool any = false;
    for (const LoanRound& round : rounds) {
        if (round.year != request.to.year())
            continue;
        if (any)
            report.document.add(ReportPageBreak{});
        any = true;
        const RoundSheet sheet = service.sheet(round.id, request.to);
        report.document.add(
            ReportParagraph{Text::tr("รอบที่ %1 %2  รับคำขอ %3 ถึง %4")
                                .arg(roundNoText(round), round.title,
                                     formatThaiDate(round.openedOn), formatThaiDate(round.applyBy)),
                            true, CellAlign::Left});
        ReportTable table;
        table.columns = {
            centerColumn(Text::tr("เลขสมาชิก"), 1),  textColumn(Text::tr("ชื่อ–สกุล"), 3),
            textColumn(Text::tr("วัตถุประสงค์"), 2.6), amountColumn(Text::tr("ขอกู้"), 1.5),
            amountColumn(Text::tr("อนุมัติ"), 1.5),    textColumn(Text::tr("ผลการพิจารณา"), 2),
            textColumn(Text::tr("หมายเหตุ"), 2.6)};
        for (const RoundLine& line : sheet.lines)
            table.rows.append({centerCell(line.memberNo), textCell(line.memberName),
                               textCell(line.loan.purpose), moneyCell(line.loan.requestedAmount),
                               moneyOrBlankCell(line.loan.approvedAmount),
                               textCell(statusText(line.loan)), textCell(line.loan.decisionNote)});
        table.rows.append(
            {labelCell(
                 Text::tr("รวม %1 คำขอ (ไม่อนุมัติ %2)").arg(sheet.applications).arg(sheet.rejected),
                 3),
             moneyCell(sheet.requested, true), moneyCell(sheet.approved, true), textCell({}),
             textCell({})});
        report.document.add(table);
        report.document.add(loanCommittee(db, request.organisationId, request.to));
    }
    if (!any)
        report.document.add(ReportParagraph{Text::tr("ไม่มีรอบการให้กู้ในปีนี้"), false, CellAlign::Left});
    return report.document;
}

ReportDocument gradingSheet(Database& db, const ReportInfo& info, const ReportRequest& request) {
    const int year = request.to.year();
    OrganisationReport report = startOrganisationReport(db, info, request, yearPeriodText(year));
    GradeRepository grades(db);
    const std::optional<FundGrade> grade = grades.find(request.organisationId, year);
    const std::optional<GradingScheme> scheme =
        grade ? grades.scheme(grade->schemeId) : std::nullopt;
    if (!grade || !scheme) {
        report.document.add(ReportParagraph{
            Text::tr("ยังไม่ได้ประเมินผลกองทุนของปี %1").arg(buddhistYear(year)), true, CellAlign::Left});
        return report.document;
    }
    report.document.add(ReportFacts{{{Text::tr("เกณฑ์"), scheme->name},
                                     {Text::tr("วันที่ประเมิน"), formatThaiDate(grade->assessedOn)},
                                     {Text::tr("ผู้ประเมิน"), grade->assessor}}});
    ReportTable table;
    table.columns = {centerColumn(Text::tr("ที่"), 0.5), textColumn(Text::tr("ตัวชี้วัด"), 4),
                     centerColumn(Text::tr("คะแนนเต็ม"), 1), centerColumn(Text::tr("คะแนนที่ได้"), 1),
                     textColumn(Text::tr("หลักฐาน / ข้อสังเกต"), 3.5)};
    int index = 0;
    for (const GradingCriterion& criterion : scheme->criteria) {
        CriterionScore score;
        for (const CriterionScore& s : grade->scores)
            if (s.key == criterion.key)
                score = s;
        table.rows.append({centerCell(QString::number(++index)), textCell(criterion.name),
                           centerCell(QString::number(criterion.maxScore)),
                           centerCell(QString::number(score.score)), textCell(score.evidence)});
    }
    table.rows.append({labelCell(Text::tr("รวม"), 2),
                       centerCell(QString::number(scheme->maxTotal()), true),
                       centerCell(QString::number(grade->result.total), true), textCell({})});
    report.document.add(table);
    report.document.add(
        ReportParagraph{Text::tr("คิดเป็นร้อยละ %1  ระดับ %2")
                            .arg(percentTwoPlaces(grade->result.percent), grade->result.grade),
                        true, CellAlign::Left});
    report.document.add(ReportSignatures{
        {{Text::tr("ผู้ประเมิน"), grade->assessor},
         {Text::tr("ประธานกรรมการกองทุน"),
          financeSigners(db, request.organisationId, request.to).signers[1].name}}});
    return report.document;
}

}  // namespace thanrak::reports
