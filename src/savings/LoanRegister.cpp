#include "savings/LoanRegister.h"

#include "domain/MembershipRepository.h"
#include "savings/LoanProductRepository.h"
#include "savings/LoanRepository.h"
#include "savings/RepaymentPlanner.h"

#include <QHash>

namespace thanrak {

namespace {
void addStanding(Database& db, LoanRegisterRow& row, const QDate& asOf) {
    if (row.loan.status != LoanStatus::Active || asOf < row.loan.disbursedOn)
        return;
    const LoanStanding standing = RepaymentPlanner(db).standing(row.loan, asOf);
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
    QList<LoanRegisterRow> rows;
    for (const Loan& loan : LoanRepository(db).list(organisationId)) {
        LoanRegisterRow row;
        row.loan = loan;
        const MemberRow member = members.value(loan.membershipId);
        row.memberNo = member.membership.memberNo;
        row.memberName = personDisplayName(member.person);
        row.productName = products.value(loan.productId);
        row.amount = loan.terms ? loan.terms->principal
                                : (loan.approvedAmount.isPositive() ? loan.approvedAmount
                                                                    : loan.requestedAmount);
        addStanding(db, row, asOf);
        rows.append(row);
    }
    return rows;
}

LoanRegisterTotals loanRegisterTotals(const QList<LoanRegisterRow>& rows) {
    LoanRegisterTotals totals;
    for (const LoanRegisterRow& row : rows) {
        if (row.loan.status != LoanStatus::Active)
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
