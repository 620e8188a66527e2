#include "savings/LoanReplacement.h"

#include "money/MoneyFormat.h"
#include "savings/LoanRepository.h"
#include "savings/RepaymentPlanner.h"
#include "savings/SavingsError.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Savings)
};
}  // namespace

Money ReplacementQuote::minimumFor(ReplacementKind kind) const {
    return kind == ReplacementKind::Renewal ? principal : principal + interest + fine;
}

ReplacementQuote quoteReplacement(Database& db, const QString& oldLoanId, const QDate& day) {
    const std::optional<Loan> old = LoanRepository(db).find(oldLoanId);
    if (!old)
        throw SavingsError(QStringLiteral("savings.loan_status"), Text::tr("ไม่พบสัญญาเงินกู้นี้ในไฟล์"));
    return quoteReplacement(db, *old, day);
}

ReplacementQuote quoteReplacement(Database& db, const Loan& old, const QDate& day) {
    ReplacementQuote quote{old, {}, {}, {}};
    const LoanStanding standing = RepaymentPlanner(db).standing(old, day);
    quote.principal = standing.outstandingPrincipal;
    for (const AmountDue& due : standing.payoffItems()) {
        quote.interest += due.interest;
        quote.fine += due.fine;
    }
    return quote;
}

FieldProblems replacementProblems(const ReplacementQuote& quote, ReplacementKind kind,
                                  Money amount) {
    FieldProblems problems;
    if (kind == ReplacementKind::Renewal && (quote.interest + quote.fine).isPositive())
        problems.append({QStringLiteral("amount"),
                         Text::tr("ต่อสัญญาได้เมื่อชำระดอกเบี้ยและค่าปรับ %1 บาทของสัญญาเดิมแล้ว "
                                  "หรือเลือกปรับโครงสร้างหนี้")
                             .arg(formatMoney(quote.interest + quote.fine))});
    else if (amount < quote.minimumFor(kind))
        problems.append({QStringLiteral("amount"), Text::tr("ยอดเงินกู้สัญญาใหม่ต้องไม่น้อยกว่า %1 บาท")
                                                       .arg(formatMoney(quote.minimumFor(kind)))});
    return problems;
}

Disbursement replaceLoan(Database& db, const ReplacementRequest& r) {
    Transaction transaction(db.connection());
    const ReplacementQuote quote = quoteReplacement(db, r.oldLoanId, r.day);
    LoanRepository loans(db);
    LoanApplication application;
    application.organisationId = quote.old.organisationId;
    application.membershipId = quote.old.membershipId;
    application.productId = quote.old.productId;
    application.appliedOn = r.day;
    application.amount = r.amount;
    application.months = r.months > 0 ? r.months : quote.old.terms->months;
    application.purpose = replacementKindLabel(r.kind) + Text::tr(" สัญญาเดิมเลขที่ %1").arg(contractNoText(quote.old));
    application.guarantorMembershipIds = loans.guarantors(quote.old.id);
    application.replacesLoanId = quote.old.id;
    application.replacesKind = r.kind;
    application.poolId = quote.old.poolId;
    LoanService service(db);
    const Loan applied = service.apply(application);
    service.approve(applied.id, r.day, r.amount, r.note);
    Disbursement done = service.disburse(applied.id, r.day, DisbursementKind::Cash);
    transaction.commit();
    return done;
}

}  // namespace thanrak
