#pragma once

#include "domain/Validation.h"
#include "savings/MeetingDayService.h"

#include <QList>

namespace thanrak {

// The amounts a treasurer types on the meeting screen, per member.
enum class SheetColumn { Sajja, Deposit, Fine, Loans };

struct SheetRow {
    MemberDues dues;
    Money sajjaDue;    // this month's sajja and the missed months'
    Money fineDue;     // suggested late-sajja fines
    Money loanDue;     // every instalment due, with its fines and interest
    Money loanPayoff;  // the most the loans can take: what would settle them all

    // What the member handed over, prefilled with what is due.
    Money sajja;
    Money deposit;
    Money fine;
    Money loans;

    Money paid() const { return sajja + deposit + fine + loans; }
    Money due() const { return sajjaDue + fineDue + loanDue; }
};

struct SheetTotals {
    Money sajja;
    Money deposit;
    Money fine;
    Money loans;
    Money paid;
    Money due;
    int payers = 0;
};

// The meeting day (วันสัจจะ) as a sheet: one row per active member, every
// amount prefilled with what is due, running totals, and the payments the
// service posts. The screen only shows it and passes on what is typed.
class MeetingSheet {
public:
    MeetingSheet() = default;
    explicit MeetingSheet(MeetingDues dues);

    const MeetingDues& dues() const { return dues_; }
    int size() const { return static_cast<int>(rows_.size()); }
    const SheetRow& row(int index) const { return rows_.at(index); }

    // Sets one typed amount. Returns the problem (in Thai) and keeps the old
    // amount when it cannot be taken: negative, deposits when the group takes
    // none, loans beyond what would settle them, loans of a member without one.
    QString setPaid(int index, SheetColumn column, Money amount);
    Money paid(int index, SheetColumn column) const;
    // A member who did not come: every amount of the row to zero.
    void clearRow(int index);

    SheetTotals totals() const;
    // The rows with money, for MeetingDayService::post. A loan amount goes to
    // the member's contracts oldest first, each up to what it has due, and
    // what is left to them in the same order up to their payoff.
    QList<MemberPayment> payments() const;

private:
    MeetingDues dues_;
    QList<SheetRow> rows_;
};

// What each contract takes of `amount` paid on a member's loans.
QList<LoanPayment> splitLoanPayment(const QList<LoanDue>& loans, Money amount);

}  // namespace thanrak
