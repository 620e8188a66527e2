#include "report/ReportCells.h"
#include "reports/ReportBuilders.h"
#include "reports/ReportContext.h"

#include "allocation/PercentText.h"
#include "domain/MembershipRepository.h"
#include "savings/AllocationRunRepository.h"
#include "savings/LoanRegister.h"
#include "savings/LoanRepository.h"
#include "thai/ThaiDate.h"

#include <QCoreApplication>

namespace thanrak::reports {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

QList<LoanRegisterRow> runningLoans(Database& db, const ReportRequest& request) {
    QList<LoanRegisterRow> rows;
    for (const LoanRegisterRow& row : loanRegister(db, request.organisationId, request.to))
        if (row.running)
            rows.append(row);
    std::sort(rows.begin(), rows.end(), [](const LoanRegisterRow& a, const LoanRegisterRow& b) {
        return a.loan.disbursedOn != b.loan.disbursedOn ? a.loan.disbursedOn < b.loan.disbursedOn
                                                        : a.loan.contractSeq < b.loan.contractSeq;
    });
    return rows;
}

ReportTable scheduleTable(const LoanRegisterRow& row, const std::vector<Instalment>& schedule) {
    ReportTable table;
    table.caption = Text::tr("สัญญา %1  %2  เงินกู้ %3 บาท")
                        .arg(contractNoText(row.loan), row.memberName, moneyCell(row.amount).text);
    table.columns = {
        centerColumn(Text::tr("งวดที่"), 0.8),    textColumn(Text::tr("กำหนดชำระ"), 1.8),
        amountColumn(Text::tr("เงินต้น"), 1.6),   amountColumn(Text::tr("ดอกเบี้ย"), 1.4),
        amountColumn(Text::tr("รวมชำระ"), 1.6), amountColumn(Text::tr("เงินต้นคงเหลือ"), 1.8)};
    for (const Instalment& i : schedule)
        table.rows.append({centerCell(QString::number(i.number)), dateCell(i.dueDate, true),
                           moneyCell(i.principal), moneyCell(i.interest), moneyCell(i.payment),
                           moneyCell(i.balance)});
    return table;
}
}  // namespace

QList<ReportBlock> allocationSummary(const AllocationRun& run) {
    ReportTable heads;
    heads.caption = Text::tr("กำไรสุทธิ %1 บาท จัดสรรตามระเบียบ").arg(moneyCell(run.netProfit).text);
    if (!run.isPosted())
        heads.caption += Text::tr(" (ร่าง ยังไม่ผ่านรายการ)");
    heads.columns = {textColumn(Text::tr("รายการจัดสรร"), 4), amountColumn(Text::tr("ร้อยละ"), 1),
                     amountColumn(Text::tr("จำนวนเงิน (บาท)"), 2)};
    Money total;
    for (const HeadResult& head : run.heads) {
        heads.rows.append({textCell(head.name),
                           Cell{percentText(head.percent), {}, CellAlign::Right, false, 1},
                           moneyCell(head.finalAmount)});
        total += head.finalAmount;
    }
    heads.rows.append({labelCell(Text::tr("รวม"), 2), moneyCell(total, true)});
    return {heads};
}

ReportDocument loanRegister(Database& db, const ReportInfo& info, const ReportRequest& request) {
    OrganisationReport report =
        startOrganisationReport(db, info, request, asOfPeriodText(request.to));
    report.document.landscape = true;
    const QList<LoanRegisterRow> rows = runningLoans(db, request);
    ReportTable table;
    table.columns = {
        centerColumn(Text::tr("สัญญา"), 1),          centerColumn(Text::tr("เลขสมาชิก"), 1),
        textColumn(Text::tr("ชื่อ–สกุล"), 3.2),        textColumn(Text::tr("ประเภทเงินกู้"), 2.2),
        textColumn(Text::tr("วันที่จ่าย"), 1.5),        textColumn(Text::tr("ครบกำหนด"), 1.5),
        amountColumn(Text::tr("เงินกู้"), 1.6),        amountColumn(Text::tr("คงเหลือ"), 1.6),
        amountColumn(Text::tr("ถึงกำหนดชำระ"), 1.6), centerColumn(Text::tr("เกินกำหนด (วัน)"), 1.2)};
    for (const LoanRegisterRow& row : rows)
        table.rows.append(
            {centerCell(contractNoText(row.loan)), centerCell(row.memberNo),
             textCell(row.memberName), textCell(row.productName),
             dateCell(row.loan.disbursedOn, true), dateCell(row.loan.maturityDate, true),
             moneyCell(row.amount), moneyCell(row.outstanding), moneyOrBlankCell(row.dueNow),
             centerCell(row.daysOverdue > 0 ? QString::number(row.daysOverdue) : QString())});
    const LoanRegisterTotals totals = loanRegisterTotals(rows);
    Money lent;
    for (const LoanRegisterRow& row : rows) lent += row.amount;
    table.rows.append({labelCell(Text::tr("รวม %1 สัญญา").arg(totals.active), 6),
                       moneyCell(lent, true), moneyCell(totals.outstanding, true), textCell({}),
                       textCell({})});
    report.document.add(table);
    report.document.add(ReportParagraph{
        Text::tr("เงินต้นของสัญญาที่เกินกำหนด %1 บาท คิดเป็นร้อยละ %2 ของเงินกู้คงเหลือ")
            .arg(moneyCell(totals.outstandingInArrears).text, percentText(totals.arrearsPercent())),
        false, CellAlign::Left});
    const QHash<QString, std::vector<Instalment>> schedules =
        LoanRepository(db).schedulesRunningOn(request.organisationId, request.to);
    if (!rows.isEmpty()) {
        report.document.add(ReportPageBreak{});
        report.document.add(
            ReportParagraph{Text::tr("ตารางผ่อนชำระของแต่ละสัญญา"), true, CellAlign::Left});
        for (const LoanRegisterRow& row : rows)
            report.document.add(scheduleTable(row, schedules.value(row.loan.id)));
    }
    report.document.add(financeSigners(db, request.organisationId, request.to));
    return report.document;
}

ReportDocument arrearsList(Database& db, const ReportInfo& info, const ReportRequest& request) {
    OrganisationReport report =
        startOrganisationReport(db, info, request, asOfPeriodText(request.to));
    ReportTable table;
    table.columns = {centerColumn(Text::tr("สัญญา"), 1),
                     centerColumn(Text::tr("เลขสมาชิก"), 1),
                     textColumn(Text::tr("ชื่อ–สกุล"), 3.4),
                     amountColumn(Text::tr("เงินต้นคงเหลือ"), 1.7),
                     amountColumn(Text::tr("ยอดที่ถึงกำหนดชำระ"), 1.8),
                     centerColumn(Text::tr("เลยกำหนด (วัน)"), 1.2)};
    Money due, outstanding;
    for (const LoanRegisterRow& row : runningLoans(db, request)) {
        if (!row.inArrears())
            continue;
        table.rows.append({centerCell(contractNoText(row.loan)), centerCell(row.memberNo),
                           textCell(row.memberName), moneyCell(row.outstanding),
                           moneyCell(row.dueNow), centerCell(QString::number(row.daysOverdue))});
        due += row.dueNow;
        outstanding += row.outstanding;
    }
    const int count = int(table.rows.size());
    table.rows.append({labelCell(Text::tr("รวม %1 สัญญา").arg(count), 3),
                       moneyCell(outstanding, true), moneyCell(due, true), textCell({})});
    report.document.add(
        ReportParagraph{Text::tr("รายการนี้ใช้ติดตามการชำระคืนตามสัญญา เพื่อให้คณะกรรมการช่วยสมาชิกวางแผนชำระ "
                                 "ยอดที่ถึงกำหนดรวมค่าปรับตามระเบียบของกลุ่มแล้ว"),
                        false, CellAlign::Left});
    report.document.add(table);
    report.document.add(financeSigners(db, request.organisationId, request.to));
    return report.document;
}

ReportDocument allocationList(Database& db, const ReportInfo& info, const ReportRequest& request) {
    const int year = request.to.year();
    OrganisationReport report = startOrganisationReport(db, info, request, yearPeriodText(year));
    report.document.landscape = true;
    const std::optional<AllocationRun> run =
        AllocationRunRepository(db).ofYear(request.organisationId, year);
    if (!run) {
        report.document.add(
            ReportParagraph{Text::tr("ยังไม่ได้คำนวณการจัดสรรกำไรของปี %1").arg(buddhistYear(year)),
                            true, CellAlign::Left});
        return report.document;
    }
    for (const ReportBlock& block : allocationSummary(*run)) report.document.add(block);
    QHash<QString, MemberRow> members;
    for (const MemberRow& row : MembershipRepository(db).members(request.organisationId, true))
        members.insert(row.membership.id, row);
    ReportTable table;
    table.minRowHeightMm = 9;
    table.columns = {
        centerColumn(Text::tr("เลขสมาชิก"), 1),  textColumn(Text::tr("ชื่อ–สกุล"), 3.2),
        amountColumn(Text::tr("เงินปันผล"), 1.6), amountColumn(Text::tr("เงินเฉลี่ยคืน"), 1.6),
        amountColumn(Text::tr("รวม"), 1.7),     textColumn(Text::tr("ลายมือชื่อผู้รับเงิน"), 3)};
    Money dividend, refund, total;
    for (const AllocationRunMember& line : run->members) {
        const MemberRow member = members.value(line.membershipId);
        table.rows.append({centerCell(member.membership.memberNo),
                           textCell(personDisplayName(member.person)), moneyCell(line.dividend),
                           moneyCell(line.refund), moneyCell(line.total, true), textCell({})});
        dividend += line.dividend;
        refund += line.refund;
        total += line.total;
    }
    table.rows.append({labelCell(Text::tr("รวม"), 2), moneyCell(dividend, true),
                       moneyCell(refund, true), moneyCell(total, true), textCell({})});
    report.document.add(table);
    report.document.add(financeSigners(db, request.organisationId, request.to));
    return report.document;
}

}  // namespace thanrak::reports
