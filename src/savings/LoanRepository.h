#pragma once

#include "lending/LoanSchedule.h"
#include "savings/GuarantorRules.h"
#include "savings/Loan.h"

#include <QList>
#include <QString>
#include <QHash>
#include <QStringList>

#include <optional>
#include <vector>

namespace thanrak {

class Database;

// A loan a member guarantees that is not finished yet, and what the
// guarantor answers for: the outstanding principal of an active loan (from
// the ledger), or the amount asked or approved of one still in committee.
struct Guarantee {
    QString loanId;
    LoanStatus status = LoanStatus::Applied;
    Money exposure;
};

// Loans, their contracted schedules and guarantors. Writes are called by
// LoanService and RepaymentService inside their own transactions; the rules
// about when a loan may change live there.
class LoanRepository {
public:
    explicit LoanRepository(Database& database) : db_(database) {}

    std::optional<Loan> find(const QString& loanId);
    // The organisation's loans, newest application first; all statuses when
    // `status` is empty.
    QList<Loan> list(const QString& organisationId,
                     std::optional<LoanStatus> status = std::nullopt);
    QList<Loan> ofMember(const QString& membershipId);
    QList<Loan> ofRound(const QString& roundId);  // a village fund's loan round
    // The contract that settled this one by renewal or restructuring, if any.
    std::optional<Loan> replacedBy(const QString& loanId);
    // The schedule as contracted, with payment and running balance filled in.
    std::vector<Instalment> schedule(const QString& loanId);
    // The schedules of every contract of the organisation in one read, by loan id.
    QHash<QString, std::vector<Instalment>> schedulesOf(const QString& organisationId);
    // The same for the contracts running on `day` only (see runningOn): what a
    // register as of a day needs, without ten years of finished loans.
    QHash<QString, std::vector<Instalment>> schedulesRunningOn(const QString& organisationId,
                                                               const QDate& day);
    // SQL selecting the ids of the organisation's contracts running on a day;
    // binds the organisation id, then the day twice.
    static QString runningLoanIdsSql();
    QStringList guarantors(const QString& loanId);  // membership ids
    // Unfinished loans the member guarantees, except `exceptLoanId`.
    // `exceptLoanId` and the contract it replaces (a renewal's guarantees
    // carry over, they are not new ones) are left out.
    QList<Guarantee> guaranteedBy(const QString& membershipId, const QString& exceptLoanId = {});
    // The member as a guarantor candidate on `day` (name, active, guarantees).
    std::optional<GuarantorCandidate> guarantorCandidate(const QString& membershipId,
                                                         const QDate& day,
                                                         const QString& exceptLoanId = {});
    // Loans receivable of this loan in the ledger: principal not yet repaid.
    Money outstandingPrincipal(const QString& loanId);

    void insertApplication(Loan& loan, const QStringList& guarantorMembershipIds);
    // Status, approval or rejection date, amount and note.
    void recordDecision(const Loan& loan);
    // The contract: number, terms snapshot, entry, and the schedule rows.
    void recordDisbursement(const Loan& loan, const std::vector<Instalment>& schedule);
    void markSettled(const QString& loanId, const QDate& day);
    // The next contract number of the organisation in a C.E. year.
    int nextContractSeq(const QString& organisationId, int year);

private:
    QList<Loan> select(const QString& where, const QVariantList& values);

    Database& db_;
};

}  // namespace thanrak
