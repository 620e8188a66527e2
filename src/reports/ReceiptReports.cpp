#include "report/ReportCells.h"
#include "reports/ReportBuilders.h"
#include "reports/ReportContext.h"

#include "domain/MembershipRepository.h"
#include "ledger/Balances.h"
#include "ledger/ChartOfAccounts.h"
#include "savings/LoanRepository.h"
#include "savings/ReceiptRepository.h"
#include "thai/BahtText.h"
#include "thai/ThaiDate.h"

#include <QCoreApplication>

namespace thanrak::reports {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

// "สัจจะ เดือน มี.ค. 2569", "ต้นเงินกู้ สัญญา 3/2569 งวดที่ 2".
QString lineText(const ReceiptLine& line, QHash<QString, QString>& contracts, Database& db) {
    QString text = receiptLineKindLabel(line.kind);
    if (!line.forMonth.isEmpty()) {
        const QDate month = QDate::fromString(line.forMonth + QStringLiteral("-01"), Qt::ISODate);
        text += Text::tr(" เดือน%1").arg(formatThaiMonthYear(month.year(), month.month()));
    }
    if (!line.loanId.isEmpty()) {
        if (!contracts.contains(line.loanId)) {
            const std::optional<Loan> loan = LoanRepository(db).find(line.loanId);
            contracts.insert(line.loanId, loan ? contractNoText(*loan) : QString());
        }
        text += Text::tr(" สัญญา %1").arg(contracts.value(line.loanId));
        if (line.instalmentNo > 0)
            text += Text::tr(" งวดที่ %1").arg(line.instalmentNo);
    }
    if (!line.memo.isEmpty())
        text += QStringLiteral(" (%1)").arg(line.memo);
    return text;
}

QString inWords(Money amount) {
    return QStringLiteral("(%1)").arg(bahtText(amount.satang()));
}

void addReceipt(ReportDocument& document, const Receipt& receipt, bool cancelled,
                const QString& payer, const QString& memberNo, const QString& treasurer,
                QHash<QString, QString>& contracts, Database& db) {
    ReportFacts facts;
    facts.lines = {{Text::tr("เลขที่"), receiptNoText(receipt)},
                   {Text::tr("วันที่"), formatThaiDate(receipt.receiptDate)},
                   {Text::tr("ได้รับเงินจาก"), Text::tr("%1 (สมาชิกเลขที่ %2)").arg(payer, memberNo)}};
    if (receipt.method == PaymentMethod::SavingsOffset)
        facts.lines.append({Text::tr("ชำระโดย"), Text::tr("หักจากเงินสัจจะสะสมของสมาชิก")});
    document.add(facts);
    if (cancelled)
        document.add(ReportParagraph{Text::tr("ใบเสร็จนี้ยกเลิกแล้ว"), true, CellAlign::Center});
    ReportTable table;
    table.columns = {centerColumn(Text::tr("ที่"), 0.6), textColumn(Text::tr("รายการ"), 6),
                     amountColumn(Text::tr("จำนวนเงิน (บาท)"), 2)};
    int index = 0;
    for (const ReceiptLine& line : receipt.lines)
        table.rows.append({centerCell(QString::number(++index)),
                           textCell(lineText(line, contracts, db)), moneyCell(line.amount)});
    table.rows.append({labelCell(Text::tr("รวมเป็นเงิน"), 2), moneyCell(receipt.total, true)});
    document.add(table);
    document.add(ReportParagraph{inWords(receipt.total), true, CellAlign::Center});
    document.add(ReportSignatures{
        {{Text::tr("ผู้ชำระเงิน"), payer}, {Text::tr("ผู้รับเงิน (เหรัญญิก)"), treasurer}}});
}

QString treasurerOf(Database& db, const QString& organisationId, const QDate& day) {
    return financeSigners(db, organisationId, day).signers.front().name;
}
}  // namespace

ReportDocument receipts(Database& db, const ReportInfo& info, const ReportRequest& request) {
    // Each page is one receipt: its own number and date say when, not a period.
    OrganisationReport report = startOrganisationReport(db, info, request, {});
    ReceiptRepository repository(db);
    const QSet<QString> cancelled = repository.cancelledIds(request.organisationId);
    QHash<QString, MemberRow> members;
    for (const MemberRow& row : MembershipRepository(db).members(request.organisationId, true))
        members.insert(row.membership.id, row);
    QHash<QString, QString> contracts;
    bool first = true;
    for (const Receipt& receipt :
         repository.between(request.organisationId, request.from, request.to, false)) {
        if (!request.membershipId.isEmpty() && receipt.membershipId != request.membershipId)
            continue;
        if (!first)
            report.document.add(ReportPageBreak{});
        first = false;
        const MemberRow member = members.value(receipt.membershipId);
        addReceipt(report.document, receipt, cancelled.contains(receipt.id),
                   personDisplayName(member.person), member.membership.memberNo,
                   treasurerOf(db, request.organisationId, receipt.receiptDate), contracts, db);
    }
    if (first)
        report.document.add(
            ReportParagraph{Text::tr("ไม่มีใบเสร็จในช่วงวันที่นี้"), false, CellAlign::Left});
    return report.document;
}

namespace {
// One account's page of the passbook: its lines and balance.
void addStatement(ReportDocument& document, Database& db, const Account& account,
                  const QString& membershipId, const ReportRequest& request) {
    const CashBook lines =
        Balances(db).memberStatement(account.id, membershipId, request.from, request.to);
    if (lines.rows.isEmpty() && lines.opening.isZero())
        return;
    document.add(
        statementTable(account.name, lines, request.from, Text::tr("เพิ่ม"), Text::tr("ลด"), 4.6));
}

void addPassbook(ReportDocument& document, Database& db, const MemberRow& member,
                 const ReportRequest& request) {
    document.add(ReportFacts{{
        {Text::tr("สมาชิกเลขที่"), member.membership.memberNo},
        {Text::tr("ชื่อ–สกุล"), personDisplayName(member.person)},
        {Text::tr("เลขประจำตัวประชาชน"), shownId(member.person.nationalId, request)},
        {Text::tr("เป็นสมาชิกตั้งแต่"), formatThaiDate(member.membership.joinedOn)},
    }});
    ChartOfAccounts chart(db);
    for (AccountRole role : {AccountRole::MemberSavings, AccountRole::MemberDeposits,
                             AccountRole::MemberShares, AccountRole::LoansReceivable})
        if (const std::optional<Account> account = chart.byRole(request.organisationId, role))
            addStatement(document, db, *account, member.membership.id, request);
    for (const Account& account : chart.accounts(request.organisationId))
        if (account.role == AccountRole::PoolLoans)
            addStatement(document, db, account, member.membership.id, request);
}
}  // namespace

ReportDocument passbook(Database& db, const ReportInfo& info, const ReportRequest& request) {
    OrganisationReport report =
        startOrganisationReport(db, info, request, rangePeriodText(request.from, request.to));
    bool first = true;
    for (const MemberRow& row : MembershipRepository(db).members(request.organisationId, true)) {
        if (!request.membershipId.isEmpty() && row.membership.id != request.membershipId)
            continue;
        if (request.membershipId.isEmpty() && !row.membership.activeOn(request.to))
            continue;
        if (!first)
            report.document.add(ReportPageBreak{});
        first = false;
        addPassbook(report.document, db, row, request);
    }
    return report.document;
}

}  // namespace thanrak::reports
