// LoanService::disburse: the contract is made and the money leaves the group.
#include "savings/LoanService.h"

#include "domain/MembershipRepository.h"
#include "ledger/Balances.h"
#include "ledger/ChartOfAccounts.h"
#include "ledger/Journal.h"
#include "lending/EffectiveRate.h"
#include "money/MoneyFormat.h"
#include "savings/GroupRulesRepository.h"
#include "savings/LoanAccounts.h"
#include "savings/LoanProductRepository.h"
#include "savings/LoanReplacement.h"
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

// What the new contract pays to close the one it replaces on `day`.
struct Settlement {
    Loan old;
    LoanAccounts accounts;
    Money principal;
    Money interest;
    Money fine;
    Money total() const { return principal + interest + fine; }
};

std::optional<Settlement> settlementFor(Database& db, const Loan& loan, const QDate& day) {
    if (loan.replacesLoanId.isEmpty())
        return std::nullopt;
    const std::optional<Loan> old = LoanRepository(db).find(loan.replacesLoanId);
    if (!old || old->status != LoanStatus::Active || old->membershipId != loan.membershipId)
        throw SavingsError(QStringLiteral("savings.replacement"),
                           Text::tr("สัญญาเดิมที่จะปิดต้องเป็นสัญญาที่ยังผ่อนอยู่ของผู้กู้คนเดียวกัน"));
    const ReplacementQuote quote = quoteReplacement(db, *old, day);
    Settlement s{*old, loanAccounts(db, *old), quote.principal, quote.interest, quote.fine};
    const ReplacementKind kind = loan.replacesKind.value_or(ReplacementKind::Restructure);
    if (kind == ReplacementKind::Renewal && (s.interest + s.fine).isPositive())
        throw SavingsError(QStringLiteral("savings.replacement"),
                           Text::tr("ต่อสัญญาได้เมื่อชำระดอกเบี้ยและค่าปรับของสัญญาเดิม (%1) ครบแล้ว "
                                    "วันที่ %2 ยังค้างอยู่ %3 บาท")
                               .arg(contractNoText(*old), formatThaiDate(day),
                                    formatMoney(s.interest + s.fine)));
    if (loan.approvedAmount < s.total())
        throw SavingsError(QStringLiteral("savings.replacement"),
                           Text::tr("ยอดเงินกู้สัญญาใหม่ %1 บาท น้อยกว่ายอดที่ต้องปิดสัญญาเดิม (%2) %3 บาท")
                               .arg(formatMoney(loan.approvedAmount), contractNoText(*old),
                                    formatMoney(s.total())));
    return s;
}

// A capital pool lends only what its bank account holds on the day and keeps
// holding after it (a payment dated back cannot spend money already lent).
void checkPoolHolds(Database& db, const Loan& loan, const LoanAccounts& accounts,
                    Money cashOut) {
    if (loan.poolId.isEmpty() || !cashOut.isPositive())
        return;
    const Money held = Balances(db).lowestBalanceFrom(accounts.moneyId, loan.disbursedOn);
    if (held < cashOut)
        throw SavingsError(QStringLiteral("savings.pool_limit"),
                           Text::tr("แหล่งเงิน \"%1\" มีเงินคงเหลือ %2 บาท ณ วันที่ %3 "
                                    "ไม่พอจ่ายเงินกู้ %4 บาท")
                               .arg(accounts.poolName, formatMoney(held),
                                    formatThaiDate(loan.disbursedOn), formatMoney(cashOut)));
}

QString disbursementText(Database& db, const Loan& loan, const std::optional<Settlement>& s) {
    const QString who = ReceiptRepository(db).payerName(loan.membershipId);
    if (s)
        return Text::tr("%1: สัญญาเลขที่ %2 ปิดสัญญาเดิมเลขที่ %3 %4")
            .arg(replacementKindLabel(loan.replacesKind.value_or(ReplacementKind::Restructure)),
                 contractNoText(loan), contractNoText(s->old), who);
    if (loan.disbursementKind == DisbursementKind::InKind)
        return Text::tr("จ่ายเงินกู้เป็นสิ่งของ (%1) สัญญาเลขที่ %2 %3")
            .arg(loan.inKindDescription, contractNoText(loan), who);
    return Text::tr("จ่ายเงินกู้สัญญาเลขที่ %1 %2").arg(contractNoText(loan), who);
}

// Dr the loan's receivable; Cr what settles the old contract (its principal,
// unpaid interest and fines, all naming the old loan); Cr the cash or pool
// bank account with whatever is handed over.
PostedEntry postDisbursement(Database& db, const Loan& loan, const LoanAccounts& accounts,
                             const std::optional<Settlement>& s) {
    ChartOfAccounts chart(db);
    const Money amount = loan.terms->principal;
    QList<JournalLine> lines{
        {accounts.receivableId, amount, Money(), loan.membershipId, loan.id, {}}};
    Money cashOut = amount;
    if (s) {
        // Interest and fines turned into principal were never paid in money,
        // so they carry no member: they do not count toward the member's
        // refund on interest paid (เฉลี่ยคืน).
        auto credit = [&](const QString& accountId, Money part, const QString& member) {
            if (part.isPositive())
                lines.append({accountId, Money(), part, member, s->old.id, {}});
        };
        credit(s->accounts.receivableId, s->principal, loan.membershipId);
        credit(chart.require(loan.organisationId, AccountRole::InterestIncome).id, s->interest, {});
        credit(chart.require(loan.organisationId, AccountRole::FineIncome).id, s->fine, {});
        cashOut = amount - s->total();
    }
    checkPoolHolds(db, loan, accounts, cashOut);
    if (cashOut.isPositive())
        lines.append({accounts.moneyId, Money(), cashOut, loan.membershipId, loan.id,
                      loan.inKindDescription});
    return Journal(db).post({loan.organisationId, loan.disbursedOn,
                             disbursementText(db, loan, s), QStringLiteral("loan"), loan.id,
                             lines});
}
}  // namespace

Disbursement LoanService::disburse(const QString& loanId, const QDate& day, DisbursementKind kind,
                                   const QString& inKindDescription) {
    Transaction transaction(db_.connection());
    Loan loan = requireLoan(loanId, LoanStatus::Approved, Text::tr("จ่ายเงินกู้"));
    refuseRoundLoan(loan);
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
    const std::optional<Settlement> settlement = settlementFor(db_, loan, day);
    loan.disbursementEntryId = postDisbursement(db_, loan, loanAccounts(db_, loan), settlement).id;
    loans.recordDisbursement(loan, schedule);
    if (settlement)
        loans.markSettled(settlement->old.id, day);
    transaction.commit();
    return {loan, schedule, checkLegalCap(terms, schedule).warning};
}

}  // namespace thanrak
