// MemberService::leave: open loans are settled or offset first, then the
// member's money is handed back and the membership ends.
#include "savings/MemberService.h"

#include "domain/MembershipRepository.h"
#include "ledger/Balances.h"
#include "ledger/ChartOfAccounts.h"
#include "ledger/Journal.h"
#include "money/MoneyFormat.h"
#include "savings/LoanRepository.h"
#include "savings/ReceiptPosting.h"
#include "savings/ReceiptRepository.h"
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

[[noreturn]] void refuse(const char* code, const QString& message) {
    throw SavingsError(QLatin1String(code), message);
}

QList<Loan> loansIn(Database& db, const Membership& member,
                    std::initializer_list<LoanStatus> statuses) {
    QList<Loan> result;
    for (const Loan& loan : LoanRepository(db).ofMember(member.id))
        if (std::find(statuses.begin(), statuses.end(), loan.status) != statuses.end())
            result.append(loan);
    return result;
}

Money memberBalance(Database& db, const Membership& member, AccountRole role, const QDate& day) {
    const std::optional<Account> account = ChartOfAccounts(db).byRole(member.organisationId, role);
    return account ? Balances(db).memberBalance(account->id, member.id, day) : Money();
}
}  // namespace

Departure MemberService::leave(const QString& membershipId, const QDate& day,
                               const LeaveOptions& options) {
    Transaction transaction(db_.connection());
    Departure departure;
    departure.membership = requireActive(membershipId, day);
    Membership& member = departure.membership;
    refuseOpenLoans(member, options);
    departure.offsetReceipts = offsetLoans(member, day);
    std::tie(departure.paidOut, departure.payoutEntryId) = payOut(member, day);
    member.leftOn = day;
    MembershipRepository(db_).save(member);
    transaction.commit();
    return departure;
}

void MemberService::refuseOpenLoans(const Membership& member, const LeaveOptions& options) {
    const QList<Loan> pending = loansIn(db_, member, {LoanStatus::Applied, LoanStatus::Approved});
    if (!pending.isEmpty())
        refuse("savings.open_loans",
               QCoreApplication::translate("Savings",
                                           "สมาชิกมีคำขอกู้ที่ยังไม่ได้จ่ายเงิน %n รายการ จึงลาออกไม่ได้ "
                                           "กรุณาบันทึกไม่อนุมัติคำขอกู้ก่อน",
                                           nullptr, static_cast<int>(pending.size())));
    const QList<Loan> open = loansIn(db_, member, {LoanStatus::Active});
    if (open.isEmpty() || options.offsetLoans)
        return;
    QStringList contracts;
    Money principal;
    for (const Loan& loan : open) {
        contracts << contractNoText(loan);
        principal += LoanRepository(db_).outstandingPrincipal(loan.id);
    }
    refuse("savings.open_loans",
           Text::tr("สมาชิกยังมีเงินกู้ค้างชำระ (สัญญาเลขที่ %1) เงินต้นคงเหลือ %2 บาท จึงลาออกไม่ได้ "
              "กรุณาชำระให้ครบก่อน หรือเลือกหักกลบหนี้กับเงินสัจจะสะสม")
               .arg(contracts.join(QStringLiteral(", ")), formatMoney(principal)));
}

QList<Receipt> MemberService::offsetLoans(const Membership& member, const QDate& day) {
    const QList<Loan> open = loansIn(db_, member, {LoanStatus::Active});
    RepaymentPlanner planner(db_);
    Money owed;
    for (const Loan& loan : open) owed += planner.standing(loan, day).payoff();
    const Money savings = memberBalance(db_, member, AccountRole::MemberSavings, day);
    if (owed > savings)
        refuse("savings.offset",
               Text::tr("เงินสัจจะสะสม %1 บาท ไม่พอหักชำระหนี้เงินกู้ %2 บาท (ขาดอีก %3 บาท) "
                  "กรุณาชำระส่วนที่ขาดเป็นเงินสดก่อนลาออก")
                   .arg(formatMoney(savings), formatMoney(owed), formatMoney(owed - savings)));
    QList<Receipt> receipts;
    for (const Loan& loan : open) {
        const RepaymentPlan plan = planner.plan(loan, day, planner.standing(loan, day).payoff());
        receipts.append(ReceiptPosting(db_).post(
            {member.organisationId, day, member.id, {}, PaymentMethod::SavingsOffset, plan.lines}));
        planner.settleIfPaid(plan, day);
    }
    return receipts;
}

std::pair<Money, QString> MemberService::payOut(const Membership& member, const QDate& day) {
    ChartOfAccounts chart(db_);
    QList<JournalLine> lines;
    Money total;
    for (AccountRole role :
         {AccountRole::MemberSavings, AccountRole::MemberDeposits, AccountRole::MemberShares}) {
        const Money balance = memberBalance(db_, member, role, day);
        if (!balance.isPositive())
            continue;
        lines.append(
            {chart.require(member.organisationId, role).id, balance, Money(), member.id, {}, {}});
        total += balance;
    }
    if (!total.isPositive())
        return {Money(), QString()};
    lines.append({chart.require(member.organisationId, AccountRole::Cash).id,
                  Money(),
                  total,
                  member.id,
                  {},
                  {}});
    const QString description = Text::tr("จ่ายคืนเงินสัจจะและเงินฝากแก่สมาชิกที่ลาออก %1")
                                    .arg(ReceiptRepository(db_).payerName(member.id));
    const PostedEntry entry = Journal(db_).post({member.organisationId, day, description,
                                                 QStringLiteral("member_leave"), member.id, lines});
    return {total, entry.id};
}

}  // namespace thanrak
