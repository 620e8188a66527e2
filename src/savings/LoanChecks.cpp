#include "savings/LoanChecks.h"

#include "ledger/Balances.h"
#include "ledger/ChartOfAccounts.h"
#include "savings/GuarantorRules.h"
#include "savings/LoanEligibility.h"
#include "savings/LoanRepository.h"
#include "savings/SpouseRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Savings)
};

Money savingsOf(Database& db, const LoanRequestCheck& r) {
    const std::optional<Account> savings =
        ChartOfAccounts(db).byRole(r.organisationId, AccountRole::MemberSavings);
    return savings ? Balances(db).memberBalance(savings->id, r.membershipId, r.day) : Money();
}

FieldProblems checkGuarantorsInFile(Database& db, const LoanRequestCheck& r) {
    FieldProblems problems;
    LoanRepository loans(db);
    QList<GuarantorCandidate> candidates;
    for (const QString& id : r.guarantorMembershipIds) {
        const bool ours = sql::scalar(db.connection(),
                                      QStringLiteral("SELECT 1 FROM memberships WHERE id = ? AND "
                                                     "organisation_id = ?"),
                                      {id, r.organisationId})
                              .isValid();
        std::optional<GuarantorCandidate> candidate =
            ours ? loans.guarantorCandidate(id, r.day, r.exceptLoanId) : std::nullopt;
        if (candidate)
            candidates.append(*candidate);
        else
            problems.append({QStringLiteral("guarantors"), Text::tr("ผู้ค้ำประกันต้องเป็นสมาชิกของกลุ่มนี้")});
    }
    const QString borrower =
        sql::scalar(db.connection(),
                    QStringLiteral("SELECT person_id FROM memberships WHERE id = ?"),
                    {r.membershipId})
            .toString();
    const GuaranteeRequest request{borrower, SpouseRepository(db).spouseOf(borrower), r.amount};
    problems += checkGuarantors(r.product, request, candidates);
    return problems;
}
}  // namespace

FieldProblems checkLoanRequestInFile(Database& db, const LoanRequestCheck& r) {
    const LoanRequest request{r.amount, r.months, savingsOf(db, r),
                              static_cast<int>(r.guarantorMembershipIds.size())};
    FieldProblems problems;
    // checkLoanRequest and checkGuarantors both count the guarantors; say it once.
    for (const FieldProblem& p :
         checkLoanRequest(r.product, request) + checkGuarantorsInFile(db, r)) {
        const bool seen = std::any_of(problems.begin(), problems.end(), [&](const FieldProblem& q) {
            return q.message == p.message;
        });
        if (!seen)
            problems.append(p);
    }
    return problems;
}

}  // namespace thanrak
