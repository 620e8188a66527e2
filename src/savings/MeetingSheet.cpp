#include "savings/MeetingSheet.h"

#include "money/MoneyFormat.h"

#include <QCoreApplication>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(MeetingSheet)
};

SheetRow rowFor(const MemberDues& member) {
    SheetRow row;
    row.dues = member;
    row.sajjaDue = member.sajja.dueThisMonth + member.sajja.arrears();
    row.fineDue = member.sajja.suggestedFine();
    for (const LoanDue& loan : member.loans) {
        row.loanDue += loan.standing.dueNow();
        row.loanPayoff += loan.standing.payoff();
    }
    row.sajja = row.sajjaDue;
    row.fine = row.fineDue;
    row.loans = row.loanDue;
    return row;
}

Money* cell(SheetRow& row, SheetColumn column) {
    switch (column) {
        case SheetColumn::Sajja:
            return &row.sajja;
        case SheetColumn::Deposit:
            return &row.deposit;
        case SheetColumn::Fine:
            return &row.fine;
        case SheetColumn::Loans:
            return &row.loans;
    }
    return nullptr;
}
}  // namespace

MeetingSheet::MeetingSheet(MeetingDues dues) : dues_(std::move(dues)) {
    for (const MemberDues& member : dues_.members) rows_.append(rowFor(member));
}

QString MeetingSheet::setPaid(int index, SheetColumn column, Money amount) {
    SheetRow& row = rows_[index];
    if (amount.isNegative())
        return Text::tr("จำนวนเงินต้องไม่ติดลบ");
    if (column == SheetColumn::Deposit && amount.isPositive() && !dues_.depositsEnabled)
        return Text::tr("ระเบียบกลุ่มไม่รับเงินฝากเพิ่มเติมในเดือนนี้");
    if (column == SheetColumn::Loans && amount.isPositive() && row.dues.loans.isEmpty())
        return Text::tr("สมาชิกคนนี้ไม่มีเงินกู้ที่ต้องชำระ");
    if (column == SheetColumn::Loans && amount > row.loanPayoff)
        return Text::tr("ชำระเงินกู้ได้ไม่เกิน %1 บาท ซึ่งเป็นยอดปิดบัญชีทั้งหมด")
            .arg(formatMoney(row.loanPayoff));
    *cell(row, column) = amount;
    return {};
}

Money MeetingSheet::paid(int index, SheetColumn column) const {
    SheetRow row = rows_.at(index);
    return *cell(row, column);
}

void MeetingSheet::clearRow(int index) {
    SheetRow& row = rows_[index];
    row.sajja = row.deposit = row.fine = row.loans = Money();
}

SheetTotals MeetingSheet::totals() const {
    SheetTotals totals;
    for (const SheetRow& row : rows_) {
        totals.sajja += row.sajja;
        totals.deposit += row.deposit;
        totals.fine += row.fine;
        totals.loans += row.loans;
        totals.paid += row.paid();
        totals.due += row.due();
        if (row.paid().isPositive())
            ++totals.payers;
    }
    return totals;
}

QList<MemberPayment> MeetingSheet::payments() const {
    QList<MemberPayment> result;
    for (const SheetRow& row : rows_) {
        if (!row.paid().isPositive())
            continue;
        result.append({row.dues.membershipId, row.sajja, row.deposit, row.fine,
                       splitLoanPayment(row.dues.loans, row.loans)});
    }
    return result;
}

QList<LoanPayment> splitLoanPayment(const QList<LoanDue>& loans, Money amount) {
    QList<LoanPayment> result;
    for (const LoanDue& loan : loans) {
        const Money take = std::min(amount, loan.standing.dueNow());
        result.append({loan.loanId, take});
        amount -= take;
    }
    for (int i = 0; i < loans.size() && amount.isPositive(); ++i) {
        const Money room = loans.at(i).standing.payoff() - result.at(i).amount;
        const Money take = std::min(amount, room);
        result[i].amount += take;
        amount -= take;
    }
    result.removeIf([](const LoanPayment& p) { return p.amount.isZero(); });
    return result;
}

}  // namespace thanrak
