#include "report/ReportCells.h"
#include "reports/ReportBuilders.h"
#include "reports/ReportContext.h"

#include "domain/MembershipRepository.h"
#include "ledger/Balances.h"
#include "ledger/ChartOfAccounts.h"
#include "savings/LoanRegister.h"
#include "savings/LoanRepository.h"
#include "savings/ReceiptRepository.h"
#include "thai/ThaiDate.h"

#include <QCoreApplication>

namespace thanrak::reports {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

// The meeting report's money columns; every receipt line kind falls in one.
enum Part { Sajja, Deposit, Shares, Principal, Interest, Fine, Other, PartCount };

Part partOf(ReceiptLineKind kind) {
    switch (kind) {
        case ReceiptLineKind::Sajja:
            return Sajja;
        case ReceiptLineKind::Deposit:
            return Deposit;
        case ReceiptLineKind::Shares:
            return Shares;
        case ReceiptLineKind::Principal:
            return Principal;
        case ReceiptLineKind::Interest:
            return Interest;
        case ReceiptLineKind::Fine:
            return Fine;
        default:
            return Other;
    }
}

using Parts = std::array<Money, PartCount>;

// Members of the report: everybody active on some day of the period, and
// anybody who paid in it, in member-number order.
QList<MemberRow> membersOf(Database& db, const QString& organisationId, const QDate& from,
                           const QDate& to, const QSet<QString>& payers = {}) {
    QList<MemberRow> chosen;
    for (const MemberRow& row : MembershipRepository(db).members(organisationId, true)) {
        const Membership& m = row.membership;
        const bool overlaps = m.joinedOn <= to && (m.leftOn.isNull() || m.leftOn >= from);
        if (overlaps || payers.contains(m.id))
            chosen.append(row);
    }
    return chosen;
}

Money balanceOf(Database& db, const QString& organisationId, AccountRole role, const QDate& day) {
    const std::optional<Account> account = ChartOfAccounts(db).byRole(organisationId, role);
    return account ? Balances(db).accountBalance(account->id, day) : Money();
}

ReportFacts monthSummary(Database& db, const QString& organisationId, const QDate& from,
                         const QDate& to, int payers) {
    const PeriodActivity activity = periodActivity(db, organisationId, from, to);
    const CashBook cash = Balances(db).cashBook(organisationId, from, to);
    Money received, paid;
    for (const CashBookRow& row : cash.rows) {
        received += row.receipt;
        paid += row.payment;
    }
    const auto money = [](Money m) { return moneyCell(m).text + Text::tr(" บาท"); };
    ReportFacts facts;
    facts.lines = {
        {Text::tr("สมาชิก ณ สิ้นเดือน"), Text::tr("%1 คน (เข้าใหม่ %2 คน ลาออก %3 คน)")
                                         .arg(activity.activeAtEnd)
                                         .arg(activity.joined)
                                         .arg(activity.left)},
        {Text::tr("ผู้ชำระเงินในเดือนนี้"), Text::tr("%1 คน").arg(payers)},
        {Text::tr("เงินสดยกมา"), money(cash.opening)},
        {Text::tr("รับเงินในเดือน"), money(received)},
        {Text::tr("จ่ายเงินในเดือน"), money(paid)},
        {Text::tr("เงินสดคงเหลือ"), money(cash.closing)},
        {Text::tr("ปล่อยกู้ในเดือน"),
         Text::tr("%1 สัญญา %2").arg(activity.contractsLent).arg(money(activity.lent))},
        {Text::tr("เงินกู้คงค้าง ณ สิ้นเดือน"), Text::tr("%1 สัญญา %2")
                                             .arg(activity.loansAtEnd.active)
                                             .arg(money(activity.loansAtEnd.outstanding))},
        {Text::tr("เงินสัจจะสะสม ณ สิ้นเดือน"),
         money(balanceOf(db, organisationId, AccountRole::MemberSavings, to))},
    };
    const Money shares = balanceOf(db, organisationId, AccountRole::MemberShares, to);
    if (!shares.isZero())
        facts.lines.append({Text::tr("ทุนเรือนหุ้น ณ สิ้นเดือน"), money(shares)});
    return facts;
}
}  // namespace

ReportDocument meetingReport(Database& db, const ReportInfo& info, const ReportRequest& request) {
    OrganisationReport report =
        startOrganisationReport(db, info, request, monthPeriodText(request.to));
    report.document.landscape = true;
    QHash<QString, Parts> paid;
    for (const Receipt& receipt :
         ReceiptRepository(db).between(request.organisationId, request.from, request.to, true))
        for (const ReceiptLine& line : receipt.lines)
            paid[receipt.membershipId][partOf(line.kind)] += line.amount;
    const QList<MemberRow> members = membersOf(db, request.organisationId, request.from, request.to,
                                               QSet<QString>(paid.keyBegin(), paid.keyEnd()));
    ReportTable table;
    table.columns = {centerColumn(Text::tr("ที่"), 0.6),      centerColumn(Text::tr("เลขสมาชิก"), 1),
                     textColumn(Text::tr("ชื่อ–สกุล"), 3.6),   amountColumn(Text::tr("สัจจะ"), 1.4),
                     amountColumn(Text::tr("เงินฝาก"), 1.4), amountColumn(Text::tr("ค่าหุ้น"), 1.4),
                     amountColumn(Text::tr("ต้นเงินกู้"), 1.5), amountColumn(Text::tr("ดอกเบี้ย"), 1.3),
                     amountColumn(Text::tr("ค่าปรับ"), 1.1),  amountColumn(Text::tr("อื่น ๆ"), 1.2),
                     amountColumn(Text::tr("รวม"), 1.6)};
    Parts sums{};
    int index = 0;
    for (const MemberRow& row : members) {
        const Parts parts = paid.value(row.membership.id);
        CellRow cells = {centerCell(QString::number(++index)), centerCell(row.membership.memberNo),
                         textCell(personDisplayName(row.person))};
        Money total;
        for (int p = 0; p < PartCount; ++p) {
            cells.append(moneyOrBlankCell(parts[p]));
            sums[p] += parts[p];
            total += parts[p];
        }
        cells.append(moneyOrBlankCell(total, true));
        table.rows.append(cells);
    }
    CellRow totalRow = {labelCell(Text::tr("รวมทั้งเดือน"), 3)};
    Money grand;
    for (const Money& sum : sums) {
        totalRow.append(moneyCell(sum, true));
        grand += sum;
    }
    totalRow.append(moneyCell(grand, true));
    table.rows.append(totalRow);
    report.document.add(table);
    ReportFacts summary =
        monthSummary(db, request.organisationId, request.from, request.to, paid.size());
    report.document.add(ReportParagraph{Text::tr("สรุปประจำเดือน"), true, CellAlign::Left});
    report.document.add(summary);
    report.document.add(financeSigners(db, request.organisationId, request.to));
    return report.document;
}

ReportDocument sajjaGrid(Database& db, const ReportInfo& info, const ReportRequest& request) {
    const int year = request.to.year();
    OrganisationReport report = startOrganisationReport(db, info, request, yearPeriodText(year));
    report.document.landscape = true;
    const QHash<QString, QHash<QString, Money>> byMonth =
        ReceiptRepository(db).sajjaByMonth(request.organisationId);
    ReportTable table;
    table.compact = true;
    table.columns = {centerColumn(Text::tr("เลขสมาชิก"), 1.1), textColumn(Text::tr("ชื่อ–สกุล"), 3.4)};
    for (int month = 1; month <= 12; ++month)
        table.columns.append(amountColumn(thaiMonthName(month, true), 1.05));
    table.columns.append(amountColumn(Text::tr("รวม"), 1.4));
    std::array<Money, 13> sums{};
    for (const MemberRow& row : membersOf(db, request.organisationId, request.from, request.to)) {
        const QHash<QString, Money> months = byMonth.value(row.membership.id);
        CellRow cells = {centerCell(row.membership.memberNo),
                         textCell(personDisplayName(row.person))};
        Money total;
        for (int month = 1; month <= 12; ++month) {
            const Money amount =
                months.value(QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0')));
            cells.append(moneyOrBlankCell(amount));
            sums[month - 1] += amount;
            total += amount;
        }
        sums[12] += total;
        cells.append(moneyCell(total, true));
        table.rows.append(cells);
    }
    CellRow totalRow = {labelCell(Text::tr("รวม"), 2)};
    for (const Money& sum : sums) totalRow.append(moneyCell(sum, true));
    table.rows.append(totalRow);
    report.document.add(table);
    report.document.add(
        ReportParagraph{Text::tr("ช่องว่างคือเดือนที่ยังไม่ได้รับเงินสัจจะ ตัวเลขเป็นเงินสัจจะของเดือนนั้น "
                                 "ไม่ว่าจะรับในเดือนใด"),
                        false, CellAlign::Left});
    return report.document;
}

ReportDocument signInSheet(Database& db, const ReportInfo& info, const ReportRequest& request) {
    OrganisationReport report = startOrganisationReport(
        db, info, request, Text::tr("การประชุมวันที่ %1").arg(formatThaiDate(request.to)));
    ReportTable table;
    table.columns = {centerColumn(Text::tr("ที่"), 0.6), centerColumn(Text::tr("เลขสมาชิก"), 1.1),
                     textColumn(Text::tr("ชื่อ–สกุล"), 4), textColumn(Text::tr("ลายมือชื่อ"), 3),
                     textColumn(Text::tr("หมายเหตุ"), 1.6)};
    table.minRowHeightMm = 9;
    int index = 0;
    for (const MemberRow& row : MembershipRepository(db).members(request.organisationId, true)) {
        if (!row.membership.activeOn(request.to))
            continue;
        table.rows.append({centerCell(QString::number(++index)),
                           centerCell(row.membership.memberNo),
                           textCell(personDisplayName(row.person)), textCell({}), textCell({})});
    }
    report.document.add(table);
    report.document.add(ReportParagraph{Text::tr("สมาชิกทั้งหมด %1 คน มาประชุม ........ คน").arg(index),
                                        false, CellAlign::Left});
    ReportSignatures signers = financeSigners(db, request.organisationId, request.to);
    signers.signers[0].role = Text::tr("เลขานุการ / ผู้บันทึก");
    signers.signers[0].name.clear();
    signers.signers.removeLast();
    report.document.add(signers);
    return report.document;
}

}  // namespace thanrak::reports
