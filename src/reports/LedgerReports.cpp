#include "report/ReportCells.h"
#include "reports/ReportBuilders.h"
#include "reports/ReportContext.h"

#include "ledger/Balances.h"
#include "savings/YearEndLedger.h"

#include <QCoreApplication>

namespace thanrak::reports {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

// One section of the income statement or balance sheet: its accounts and a
// total line.
void addSection(ReportTable& table, const QString& heading,
                const QList<QPair<Account, Money>>& lines, Money total) {
    table.rows.append({labelCell(heading, 3)});
    for (const auto& [account, amount] : lines)
        table.rows.append({textCell(account.code), textCell(account.name), moneyCell(amount)});
    table.rows.append({labelCell(Text::tr("รวม%1").arg(heading), 2), moneyCell(total, true)});
}

ReportTable statementTable() {
    ReportTable table;
    table.columns = {textColumn(Text::tr("รหัสบัญชี"), 1.2), textColumn(Text::tr("ชื่อบัญชี"), 5),
                     amountColumn(Text::tr("จำนวนเงิน (บาท)"), 2)};
    return table;
}
}  // namespace

ReportDocument cashBook(Database& db, const ReportInfo& info, const ReportRequest& request) {
    OrganisationReport report =
        startOrganisationReport(db, info, request, rangePeriodText(request.from, request.to));
    const CashBook book = Balances(db).cashBook(request.organisationId, request.from, request.to);
    ReportTable table;
    table.columns = {textColumn(Text::tr("วันที่"), 1.6),   centerColumn(Text::tr("เลขที่"), 0.8),
                     textColumn(Text::tr("รายการ"), 5),  amountColumn(Text::tr("รับ"), 1.6),
                     amountColumn(Text::tr("จ่าย"), 1.6), amountColumn(Text::tr("คงเหลือ"), 1.7)};
    table.rows.append({dateCell(request.from, true), textCell({}), textCell(Text::tr("ยอดยกมา")),
                       textCell({}), textCell({}), moneyCell(book.opening)});
    Money received, paid;
    for (const CashBookRow& row : book.rows) {
        table.rows.append({dateCell(row.date, true), centerCell(QString::number(row.entryNo)),
                           textCell(row.description), moneyOrBlankCell(row.receipt),
                           moneyOrBlankCell(row.payment), moneyCell(row.balance)});
        received += row.receipt;
        paid += row.payment;
    }
    table.rows.append({labelCell(Text::tr("รวม / ยอดคงเหลือยกไป"), 3), moneyCell(received, true),
                       moneyCell(paid, true), moneyCell(book.closing, true)});
    report.document.add(table);
    report.document.add(financeSigners(db, request.organisationId, request.to));
    return report.document;
}

ReportDocument trialBalance(Database& db, const ReportInfo& info, const ReportRequest& request) {
    OrganisationReport report =
        startOrganisationReport(db, info, request, asOfPeriodText(request.to));
    const TrialBalance balance = Balances(db).trialBalance(request.organisationId, request.to);
    ReportTable table;
    table.columns = {textColumn(Text::tr("รหัสบัญชี"), 1.2), textColumn(Text::tr("ชื่อบัญชี"), 5),
                     amountColumn(Text::tr("เดบิต"), 2), amountColumn(Text::tr("เครดิต"), 2)};
    for (const TrialBalanceRow& row : balance.rows) {
        if (row.debit == row.credit)
            continue;  // an account that came back to nothing
        const Money net = row.debit - row.credit;
        table.rows.append({textCell(row.account.code), textCell(row.account.name),
                           moneyOrBlankCell(net.isPositive() ? net : Money()),
                           moneyOrBlankCell(net.isNegative() ? -net : Money())});
    }
    const Money net = balance.totalDebit - balance.totalCredit;
    Money debits, credits;
    for (const TrialBalanceRow& row : balance.rows) {
        const Money n = row.debit - row.credit;
        if (n.isPositive())
            debits += n;
        else
            credits -= n;
    }
    table.rows.append(
        {labelCell(Text::tr("รวม"), 2), moneyCell(debits, true), moneyCell(credits, true)});
    report.document.add(table);
    if (!net.isZero())
        report.document.add(ReportParagraph{
            Text::tr("งบทดลองไม่สมดุล ต่างกัน %1 บาท กรุณาตรวจสอบ").arg(moneyCell(net).text), true,
            CellAlign::Left});
    report.document.add(financeSigners(db, request.organisationId, request.to));
    return report.document;
}

ReportDocument incomeStatement(Database& db, const ReportInfo& info, const ReportRequest& request) {
    OrganisationReport report =
        startOrganisationReport(db, info, request, rangePeriodText(request.from, request.to));
    const QList<YearAccountTotal> totals =
        YearEndLedger(db).profitAndLoss(request.organisationId, request.from, request.to);
    QList<QPair<Account, Money>> income, expenses;
    Money incomeTotal, expenseTotal;
    for (const YearAccountTotal& t : totals) {
        const bool isIncome = t.account.type == AccountType::Income;
        (isIncome ? income : expenses).append({t.account, t.amount});
        (isIncome ? incomeTotal : expenseTotal) += t.amount;
    }
    ReportTable table = statementTable();
    addSection(table, Text::tr("รายได้"), income, incomeTotal);
    addSection(table, Text::tr("ค่าใช้จ่าย"), expenses, expenseTotal);
    const Money profit = incomeTotal - expenseTotal;
    table.rows.append(
        {labelCell(profit.isNegative() ? Text::tr("ขาดทุนสุทธิ") : Text::tr("กำไรสุทธิ"), 2),
         moneyCell(profit, true)});
    report.document.add(table);
    report.document.add(financeSigners(db, request.organisationId, request.to));
    return report.document;
}

ReportDocument balanceSheet(Database& db, const ReportInfo& info, const ReportRequest& request) {
    OrganisationReport report =
        startOrganisationReport(db, info, request, asOfPeriodText(request.to));
    const TrialBalance balance = Balances(db).trialBalance(request.organisationId, request.to);
    QList<QPair<Account, Money>> assets, liabilities, equity;
    Money assetTotal, liabilityTotal, equityTotal, unclosed;
    for (const TrialBalanceRow& row : balance.rows) {
        switch (row.account.type) {
            case AccountType::Asset:
                if (!row.balance.isZero())
                    assets.append({row.account, row.balance});
                assetTotal += row.balance;
                break;
            case AccountType::Liability:
                if (!row.balance.isZero())
                    liabilities.append({row.account, row.balance});
                liabilityTotal += row.balance;
                break;
            case AccountType::Equity:
                if (!row.balance.isZero())
                    equity.append({row.account, row.balance});
                equityTotal += row.balance;
                break;
            case AccountType::Income:
                unclosed += row.balance;
                break;
            case AccountType::Expense:
                unclosed -= row.balance;
                break;
        }
    }
    ReportTable table = statementTable();
    addSection(table, Text::tr("สินทรัพย์"), assets, assetTotal);
    addSection(table, Text::tr("หนี้สิน"), liabilities, liabilityTotal);
    if (!unclosed.isZero()) {
        Account current;
        current.name = Text::tr("กำไร (ขาดทุน) สุทธิที่ยังไม่ได้จัดสรร");
        equity.append({current, unclosed});
        equityTotal += unclosed;
    }
    addSection(table, Text::tr("ทุน"), equity, equityTotal);
    table.rows.append(
        {labelCell(Text::tr("รวมหนี้สินและทุน"), 2), moneyCell(liabilityTotal + equityTotal, true)});
    report.document.add(table);
    report.document.add(financeSigners(db, request.organisationId, request.to));
    return report.document;
}

}  // namespace thanrak::reports
