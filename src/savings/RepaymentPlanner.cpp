#include "savings/RepaymentPlanner.h"

#include "money/MoneyFormat.h"
#include "savings/GroupRulesRepository.h"
#include "savings/LoanRepository.h"
#include "savings/ReceiptRepository.h"
#include "savings/SavingsError.h"
#include "thai/ThaiDate.h"

#include <QCoreApplication>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Savings)
};

[[noreturn]] void refuse(const char* code, const QString& message) {
    throw SavingsError(QLatin1String(code), message);
}
}  // namespace

Money RepaymentPlan::fine() const {
    Money sum;
    for (const RepaymentLine& line : split.lines) sum += line.fine;
    return sum;
}

Money RepaymentPlan::interest() const {
    Money sum;
    for (const RepaymentLine& line : split.lines) sum += line.interest;
    return sum;
}

Money RepaymentPlan::principal() const {
    Money sum;
    for (const RepaymentLine& line : split.lines) sum += line.principal;
    return sum;
}

LoanStanding RepaymentPlanner::standing(const Loan& loan, const QDate& day) {
    if (loan.status != LoanStatus::Active || !loan.terms)
        refuse("savings.loan_status",
               Text::tr("สัญญาเงินกู้นี้%1 จึงรับชำระไม่ได้").arg(loanStatusLabel(loan.status)));
    const std::optional<GroupRulesVersion> rules = GroupRulesRepository(db_).find(loan.rulesId);
    const FineRule lateFine = rules ? rules->rules.lateInstalmentFine : FineRule::none();
    return loanStandingOn(*loan.terms, LoanRepository(db_).schedule(loan.id),
                          ReceiptRepository(db_).loanPayments(loan.id), lateFine, day);
}

RepaymentPlan RepaymentPlanner::plan(const Loan& loan, const QDate& day, Money amount) {
    RepaymentPlan plan{loan, standing(loan, day), {}, {}, false};
    const QString contract = contractNoText(loan);
    if (!day.isValid() || day < loan.disbursedOn)
        refuse("savings.payment", Text::tr("วันที่ชำระต้องไม่ก่อนวันที่จ่ายเงินกู้สัญญาเลขที่ %1 (%2)")
                                      .arg(contract, formatThaiDate(loan.disbursedOn)));
    if (!amount.isPositive())
        refuse("savings.payment", Text::tr("ยอดชำระเงินกู้สัญญาเลขที่ %1 ต้องมากกว่าศูนย์ (ได้ %2 บาท)")
                                      .arg(contract, formatMoney(amount)));
    const Money payoff = plan.standing.payoff();
    if (amount > payoff)
        refuse("savings.overpayment",
               Text::tr("ยอดชำระ %1 บาท เกินยอดปิดสัญญาเลขที่ %2 ณ วันที่ %3 ซึ่งเท่ากับ %4 บาท "
                  "(เงินต้นคงเหลือ ดอกเบี้ยถึงวันนี้ และค่าปรับ) จึงไม่ได้บันทึก กรุณาแก้ยอดชำระ")
                   .arg(formatMoney(amount), contract, formatThaiDate(day), formatMoney(payoff)));
    plan.split = allocateRepayment(plan.standing.payoffItems(), amount);
    plan.lines = repaymentLines(loan.id, plan.split);
    plan.settles = amount == payoff;
    return plan;
}

void RepaymentPlanner::settleIfPaid(const RepaymentPlan& plan, const QDate& day) {
    if (plan.settles)
        LoanRepository(db_).markSettled(plan.loan.id, day);
}

}  // namespace thanrak
