#include "savings/LoanRegister.h"

#include "domain/MembershipRepository.h"
#include "savings/LoanProductRepository.h"
#include "savings/LoanRepository.h"
#include "savings/RepaymentPlanner.h"

#include <QCoreApplication>
#include <QHash>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Savings)
};

void addStanding(Database& db, LoanRegisterRow& row, const QDate& asOf) {
    const std::optional<LoanStanding> found = RepaymentPlanner(db).standingAsOf(row.loan, asOf);
    if (!found)
        return;
    const LoanStanding& standing = *found;
    row.running = true;
    row.outstanding = standing.outstandingPrincipal;
    row.dueNow = standing.dueNow();
    row.payoff = standing.payoff();
    row.daysOverdue = standing.daysOverdue();
}
}  // namespace

QList<LoanRegisterRow> loanRegister(Database& db, const QString& organisationId,
                                    const QDate& asOf) {
    QHash<QString, MemberRow> members;
    for (MemberRow& m : MembershipRepository(db).members(organisationId, true))
        members.insert(m.membership.id, m);
    QHash<QString, QString> products;
    for (const LoanProduct& p : LoanProductRepository(db).list(organisationId, true))
        products.insert(p.id, p.name);
    const QList<Loan> loans = LoanRepository(db).list(organisationId);
    QHash<QString, QString> closedBy;
    for (const Loan& loan : loans)
        if (!loan.replacesLoanId.isEmpty() && loan.contractSeq > 0)
            closedBy.insert(loan.replacesLoanId,
                            Text::tr("%1เป็น %2")
                                .arg(replacementKindLabel(
                                         loan.replacesKind.value_or(ReplacementKind::Restructure)),
                                     contractNoText(loan)));
    QList<LoanRegisterRow> rows;
    for (const Loan& loan : loans) {
        LoanRegisterRow row;
        row.loan = loan;
        const MemberRow member = members.value(loan.membershipId);
        row.memberNo = member.membership.memberNo;
        row.memberName = personDisplayName(member.person);
        row.productName = products.value(loan.productId);
        row.amount = loan.terms ? loan.terms->principal
                                : (loan.approvedAmount.isPositive() ? loan.approvedAmount
                                                                    : loan.requestedAmount);
        row.closedBy = closedBy.value(loan.id);
        addStanding(db, row, asOf);
        rows.append(row);
    }
    return rows;
}

LoanRegisterTotals loanRegisterTotals(const QList<LoanRegisterRow>& rows) {
    LoanRegisterTotals totals;
    for (const LoanRegisterRow& row : rows) {
        if (!row.running)
            continue;
        ++totals.active;
        totals.outstanding += row.outstanding;
        if (row.inArrears()) {
            ++totals.inArrears;
            totals.outstandingInArrears += row.outstanding;
        }
    }
    return totals;
}

}  // namespace thanrak
