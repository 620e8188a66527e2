// LoanService::disburse: the contract is made and the money leaves the group.
#include "savings/LoanService.h"

#include "domain/MembershipRepository.h"
#include "ledger/ChartOfAccounts.h"
#include "ledger/Journal.h"
#include "lending/EffectiveRate.h"
#include "savings/GroupRulesRepository.h"
#include "savings/LoanProductRepository.h"
#include "savings/LoanRepository.h"
#include "savings/ReceiptRepository.h"
#include "savings/SavingsError.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "thai/ThaiDate.h"

#include <QCoreApplication>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Savings)
};

void checkHandOver(Database& db, const Loan& loan, const QDate& day, DisbursementKind kind,
                   const QString& description) {
    FieldProblems problems;
    if (!day.isValid() || day < loan.approvedOn)
        problems.append({QStringLiteral("disbursed_on"), Text::tr("วันที่จ่ายเงินกู้ต้องไม่ก่อนวันที่อนุมัติ")});
    if (kind == DisbursementKind::InKind && description.trimmed().isEmpty())
        problems.append({QStringLiteral("in_kind_description"),
                         Text::tr("กรุณาระบุสิ่งของที่จ่ายเป็นเงินกู้ เช่น ปุ๋ย 10 กระสอบ")});
    const std::optional<Membership> member = MembershipRepository(db).find(loan.membershipId);
    if (day.isValid() && (!member || !member->activeOn(day)))
        problems.append({QStringLiteral("membership_id"), Text::tr("ผู้กู้ต้องเป็นสมาชิกอยู่ในวันที่จ่ายเงินกู้")});
    if (day.isValid() && !GroupRulesRepository(db).current(loan.organisationId, day))
        problems.append({QStringLiteral("disbursed_on"), Text::tr("ยังไม่มีระเบียบกลุ่มที่ใช้ในวันที่จ่ายเงินกู้")});
    throwIfAny(problems);
}

PostedEntry postDisbursement(Database& db, const Loan& loan) {
    ChartOfAccounts chart(db);
    const Money amount = loan.terms->principal;
    const QString who = ReceiptRepository(db).payerName(loan.membershipId);
    const QString description = loan.disbursementKind == DisbursementKind::InKind
                                    ? Text::tr("จ่ายเงินกู้เป็นสิ่งของ (%1) สัญญาเลขที่ %2 %3")
                                          .arg(loan.inKindDescription, contractNoText(loan), who)
                                    : Text::tr("จ่ายเงินกู้สัญญาเลขที่ %1 %2").arg(contractNoText(loan), who);
    const QList<JournalLine> lines{
        {chart.require(loan.organisationId, AccountRole::LoansReceivable).id,
         amount,
         Money(),
         loan.membershipId,
         loan.id,
         {}},
        {chart.require(loan.organisationId, AccountRole::Cash).id, Money(), amount,
         loan.membershipId, loan.id, loan.inKindDescription}};
    return Journal(db).post({loan.organisationId, loan.disbursedOn, description,
                             QStringLiteral("loan"), loan.id, lines});
}
}  // namespace

Disbursement LoanService::disburse(const QString& loanId, const QDate& day, DisbursementKind kind,
                                   const QString& inKindDescription) {
    Transaction transaction(db_.connection());
    Loan loan = requireLoan(loanId, LoanStatus::Approved, Text::tr("จ่ายเงินกู้"));
    checkHandOver(db_, loan, day, kind, inKindDescription);
    const LoanProduct product = *LoanProductRepository(db_).find(loan.productId);
    const LoanTerms terms = termsFor(product, loan.approvedAmount, loan.requestedMonths, day);
    const std::vector<Instalment> schedule = buildSchedule(terms);
    LoanRepository loans(db_);
    loan.status = LoanStatus::Active;
    loan.rulesId = GroupRulesRepository(db_).current(loan.organisationId, day)->id;
    loan.contractYear = day.year();
    loan.contractSeq = loans.nextContractSeq(loan.organisationId, day.year());
    loan.disbursedOn = day;
    loan.disbursementKind = kind;
    loan.inKindDescription =
        kind == DisbursementKind::InKind ? inKindDescription.trimmed() : QString();
    loan.terms = terms;
    loan.maturityDate = schedule.back().dueDate;
    loan.disbursementEntryId = postDisbursement(db_, loan).id;
    loans.recordDisbursement(loan, schedule);
    transaction.commit();
    return {loan, schedule, checkLegalCap(terms, schedule).warning};
}

}  // namespace thanrak
