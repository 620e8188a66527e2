#include "savings/LoanRegister.h"

#include "domain/MembershipRepository.h"
#include "savings/LoanProductRepository.h"
#include "savings/LoanRepository.h"
#include "savings/GroupRulesRepository.h"
#include "savings/LoanStanding.h"
#include "savings/ReceiptRepository.h"

#include <QCoreApplication>
#include <QHash>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Savings)
};

// Every contract's schedule and payments of one organisation, read once, so
// a register of hundreds of loans costs a few queries, not a few per loan.
class Standings {
public:
    Standings(Database& db, const QString& organisationId, const QDate& asOf)
        : db_(db),
          asOf_(asOf),
          schedules_(LoanRepository(db).schedulesRunningOn(organisationId, asOf)),
          paid_(ReceiptRepository(db).loanPaymentsRunningOn(organisationId, asOf)) {}

    void addTo(LoanRegisterRow& row) {
        if (!runningOn(row.loan, asOf_))
            return;
        const LoanStanding standing =
            loanStandingOn(*row.loan.terms, schedules_.value(row.loan.id),
                           paid_.value(row.loan.id), lateFine(row.loan.rulesId), asOf_);
        row.running = true;
        row.outstanding = standing.outstandingPrincipal;
        row.dueNow = standing.dueNow();
        row.payoff = standing.payoff();
        row.daysOverdue = standing.daysOverdue();
    }

private:
    FineRule lateFine(const QString& rulesId) {
        auto it = fines_.find(rulesId);
        if (it == fines_.end()) {
            const std::optional<GroupRulesVersion> rules = GroupRulesRepository(db_).find(rulesId);
            it = fines_.insert(rulesId,
                               rules ? rules->rules.lateInstalmentFine : FineRule::none());
        }
        return *it;
    }

    Database& db_;
    QDate asOf_;
    QHash<QString, std::vector<Instalment>> schedules_;
    QHash<QString, PaidByInstalment> paid_;
    QHash<QString, FineRule> fines_;
};

Money amountOf(const Loan& loan) {
    return loan.terms ? loan.terms->principal
                      : (loan.approvedAmount.isPositive() ? loan.approvedAmount
                                                          : loan.requestedAmount);
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
    Standings standings(db, organisationId, asOf);
    QList<LoanRegisterRow> rows;
    for (const Loan& loan : loans) {
        LoanRegisterRow row;
        row.loan = loan;
        const MemberRow member = members.value(loan.membershipId);
        row.memberNo = member.membership.memberNo;
        row.memberName = personDisplayName(member.person);
        row.productName = products.value(loan.productId);
        row.amount = amountOf(loan);
        row.closedBy = closedBy.value(loan.id);
        standings.addTo(row);
        rows.append(row);
    }
    return rows;
}

Ratio arrearsPercent(Money inArrears, Money outstanding) {
    return outstanding.isPositive() ? Ratio(inArrears.satang() * 100, outstanding.satang())
                                    : Ratio();
}

Ratio LoanRegisterTotals::arrearsPercent() const {
    return thanrak::arrearsPercent(outstandingInArrears, outstanding);
}

LoanRegisterTotals loanTotalsOn(Database& db, const QString& organisationId, const QDate& asOf) {
    Standings standings(db, organisationId, asOf);
    QList<LoanRegisterRow> rows;
    for (const Loan& loan : LoanRepository(db).list(organisationId)) {
        LoanRegisterRow row;
        row.loan = loan;
        row.amount = amountOf(loan);
        standings.addTo(row);
        if (row.running)
            rows.append(row);
    }
    return loanRegisterTotals(rows);
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
