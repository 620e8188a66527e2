#include "savings/LoanService.h"

#include "domain/MembershipRepository.h"
#include "savings/GroupRulesRepository.h"
#include "savings/LoanChecks.h"
#include "savings/LoanProductRepository.h"
#include "savings/LoanRepository.h"
#include "savings/SavingsError.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "thai/ThaiDate.h"

#include <QCoreApplication>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Savings)
};

void add(FieldProblems& problems, const char* field, const QString& message) {
    problems.append({QLatin1String(field), message});
}

// A village fund with capital pools lends only from a named pool (DOMAIN.md §3).
bool fundLendsFromPools(Database& db, const QString& organisationId) {
    return sql::scalar(db.connection(),
                       QStringLiteral("SELECT 1 FROM organisations o JOIN capital_pools p ON "
                                      "p.organisation_id = o.id WHERE o.id = ? AND o.kind = "
                                      "'village_fund' LIMIT 1"),
                       {organisationId})
        .isValid();
}

// The borrower, the product and the rules must all be there before the
// regulation's numbers can be checked.
FieldProblems checkParties(Database& db, const LoanApplication& a) {
    FieldProblems problems;
    const std::optional<Membership> member = MembershipRepository(db).find(a.membershipId);
    if (!member || member->organisationId != a.organisationId)
        add(problems, "membership_id", Text::tr("ผู้กู้ต้องเป็นสมาชิกของกลุ่มนี้"));
    else if (!a.appliedOn.isValid() || !member->activeOn(a.appliedOn))
        add(problems, "membership_id", Text::tr("ผู้กู้ต้องเป็นสมาชิกอยู่ในวันที่ยื่นคำขอกู้"));
    const std::optional<LoanProduct> product =
        LoanProductRepository(db).find(a.organisationId, a.productId);
    if (!product || !product->active)
        add(problems, "product_id", Text::tr("กรุณาเลือกประเภทเงินกู้ที่กลุ่มเปิดให้กู้อยู่"));
    if (a.appliedOn.isValid() && !GroupRulesRepository(db).current(a.organisationId, a.appliedOn))
        add(problems, "applied_on",
            Text::tr("ยังไม่มีระเบียบกลุ่มที่ใช้ในวันที่ %1 กรุณาบันทึกระเบียบกลุ่มก่อน").arg(formatThaiDate(a.appliedOn)));
    if (!a.replacesLoanId.isEmpty()) {
        const std::optional<Loan> old = LoanRepository(db).find(a.replacesLoanId);
        if (!old || old->membershipId != a.membershipId || old->status != LoanStatus::Active)
            add(problems, "replaces_loan_id",
                Text::tr("สัญญาเดิมที่จะปรับโครงสร้างต้องเป็นสัญญาที่ยังผ่อนอยู่ของผู้กู้คนเดียวกัน"));
    }
    if (a.poolId.isEmpty() && fundLendsFromPools(db, a.organisationId))
        add(problems, "pool_id",
            Text::tr("กองทุนหมู่บ้านให้กู้จากแหล่งเงินทุนที่ระบุ กรุณารับคำขอกู้ในแท็บรอบการให้กู้"));
    if (!a.poolId.isEmpty() &&
        !sql::scalar(db.connection(),
                     QStringLiteral("SELECT 1 FROM capital_pools WHERE id = ? AND organisation_id = ?"),
                     {a.poolId, a.organisationId})
             .isValid())
        add(problems, "pool_id", Text::tr("กรุณาเลือกแหล่งเงินทุนของกองทุนนี้"));
    return problems;
}
}  // namespace

FieldProblems LoanService::check(const LoanApplication& a) {
    FieldProblems problems = checkParties(db_, a);
    if (!problems.isEmpty())
        return problems;
    const LoanProduct product = *LoanProductRepository(db_).find(a.organisationId, a.productId);
    return checkLoanRequestInFile(db_, {a.organisationId,
                                        a.membershipId,
                                        product,
                                        a.appliedOn,
                                        a.amount,
                                        a.months,
                                        a.guarantorMembershipIds,
                                        a.replacesLoanId});
}

Loan LoanService::apply(const LoanApplication& a) {
    Transaction transaction(db_.connection());
    throwIfAny(check(a));
    Loan loan;
    loan.organisationId = a.organisationId;
    loan.membershipId = a.membershipId;
    loan.productId = a.productId;
    loan.rulesId = GroupRulesRepository(db_).current(a.organisationId, a.appliedOn)->id;
    loan.appliedOn = a.appliedOn;
    loan.requestedAmount = a.amount;
    loan.requestedMonths = a.months;
    loan.purpose = a.purpose.trimmed();
    loan.replacesLoanId = a.replacesLoanId;
    if (!a.replacesLoanId.isEmpty())
        loan.replacesKind = a.replacesKind;
    loan.poolId = a.poolId;
    loan.roundId = a.roundId;
    LoanRepository(db_).insertApplication(loan, a.guarantorMembershipIds);
    transaction.commit();
    return loan;
}

LoanService LoanService::forLoanRounds(Database& database) {
    LoanService service(database);
    service.roundSteps_ = true;
    return service;
}

void LoanService::refuseRoundLoan(const Loan& loan) const {
    if (!loan.roundId.isEmpty() && !roundSteps_)
        throw SavingsError(QStringLiteral("savings.loan_round"),
                           Text::tr("คำขอกู้นี้อยู่ในรอบการให้กู้ กรุณาบันทึกมติและจ่ายเงินที่แท็บรอบการให้กู้"));
}

Loan LoanService::requireLoan(const QString& loanId, LoanStatus expected, const QString& action) {
    const std::optional<Loan> loan = LoanRepository(db_).find(loanId);
    if (!loan)
        throw SavingsError(QStringLiteral("savings.loan_status"), Text::tr("ไม่พบสัญญาเงินกู้นี้ในไฟล์"));
    if (loan->status != expected)
        throw SavingsError(
            QStringLiteral("savings.loan_status"),
            Text::tr("เงินกู้นี้อยู่ในสถานะ \"%1\" จึง%2ไม่ได้").arg(loanStatusLabel(loan->status), action));
    return *loan;
}

Loan LoanService::approve(const QString& loanId, const QDate& meetingDate, Money amount,
                          const QString& note) {
    Transaction transaction(db_.connection());
    Loan loan = requireLoan(loanId, LoanStatus::Applied, Text::tr("อนุมัติ"));
    refuseRoundLoan(loan);
    FieldProblems problems;
    if (!meetingDate.isValid() || meetingDate < loan.appliedOn)
        add(problems, "approved_on", Text::tr("วันประชุมคณะกรรมการเงินกู้ต้องไม่ก่อนวันที่ยื่นคำขอกู้"));
    if (!amount.isPositive() || amount > loan.requestedAmount)
        add(problems, "approved_amount", Text::tr("ยอดอนุมัติต้องมากกว่าศูนย์ และไม่เกินยอดที่ขอกู้"));
    throwIfAny(problems);
    const LoanProduct product = *LoanProductRepository(db_).find(loan.productId);
    throwIfAny(checkLoanRequestInFile(
        db_, {loan.organisationId, loan.membershipId, product, meetingDate, amount,
              loan.requestedMonths, LoanRepository(db_).guarantors(loan.id), loan.id}));
    loan.status = LoanStatus::Approved;
    loan.approvedOn = meetingDate;
    loan.approvedAmount = amount;
    loan.decisionNote = note.trimmed();
    LoanRepository(db_).recordDecision(loan);
    transaction.commit();
    return loan;
}

Loan LoanService::reject(const QString& loanId, const QDate& meetingDate, const QString& note) {
    Transaction transaction(db_.connection());
    std::optional<Loan> found = LoanRepository(db_).find(loanId);
    const LoanStatus expected =
        found && found->status == LoanStatus::Approved ? LoanStatus::Approved : LoanStatus::Applied;
    Loan loan = requireLoan(loanId, expected, Text::tr("บันทึกไม่อนุมัติ"));
    FieldProblems problems;
    if (!meetingDate.isValid() || meetingDate < loan.appliedOn)
        add(problems, "rejected_on", Text::tr("วันประชุมคณะกรรมการเงินกู้ต้องไม่ก่อนวันที่ยื่นคำขอกู้"));
    if (note.trimmed().isEmpty())
        add(problems, "decision_note", Text::tr("กรุณาใส่เหตุผลที่ไม่อนุมัติ เพื่อแจ้งผู้ขอกู้"));
    throwIfAny(problems);
    loan.status = LoanStatus::Rejected;
    loan.approvedOn = QDate();
    loan.approvedAmount = Money();
    loan.rejectedOn = meetingDate;
    loan.decisionNote = note.trimmed();
    LoanRepository(db_).recordDecision(loan);
    transaction.commit();
    return loan;
}

}  // namespace thanrak
