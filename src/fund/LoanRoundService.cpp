#include "fund/LoanRoundService.h"

#include "domain/MembershipRepository.h"
#include "fund/FundError.h"
#include "fund/LoanRoundRepository.h"
#include "fund/PoolRepository.h"
#include "ledger/Balances.h"
#include "money/MoneyFormat.h"
#include "savings/LoanProductRepository.h"
#include "savings/LoanRepository.h"
#include "savings/ReceiptPosting.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "thai/ThaiDate.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Fund)
};

[[noreturn]] void refuse(const QString& message) {
    throw FundError(QStringLiteral("fund.round"), message);
}

CapitalPool requirePool(Database& db, const QString& poolId, const QString& organisationId) {
    const std::optional<CapitalPool> pool = PoolRepository(db).find(poolId);
    if (!pool || pool->organisationId != organisationId)
        throw FundError(QStringLiteral("fund.pool"), Text::tr("กรุณาเลือกแหล่งเงินทุนของกองทุนนี้"));
    return *pool;
}

// What the pool has promised in all its rounds and not yet paid out, except
// `exceptLoanId`.
Money approvedNotPaid(Database& db, const QString& poolId, const QString& exceptLoanId) {
    return Money::fromSatang(
        sql::scalar(db.connection(),
                    QStringLiteral("SELECT coalesce(sum(approved_amount), 0) FROM loans WHERE "
                                   "pool_id = ? AND status = 'approved' AND id <> ?"),
                    {poolId, exceptLoanId})
            .toLongLong());
}

}  // namespace

FieldProblems checkDecision(const LoanRound& round, const RoundDecision& d) {
    FieldProblems problems;
    if (d.amount > round.raisedCap)
        problems.append({QStringLiteral("approved_amount"),
                         Text::tr("ยอดอนุมัติ %1 บาท เกินวงเงินสูงสุดของรอบ %2 บาท")
                             .arg(formatMoney(d.amount), formatMoney(round.raisedCap))});
    else if (d.amount > round.ordinaryCap && !d.aboveOrdinaryCap)
        problems.append({QStringLiteral("approved_amount"),
                         Text::tr("ยอดอนุมัติ %1 บาท เกินวงเงินปกติ %2 บาท ต้องมีมติอนุมัติพิเศษของคณะกรรมการ")
                             .arg(formatMoney(d.amount), formatMoney(round.ordinaryCap))});
    if (d.amount > round.ordinaryCap && d.aboveOrdinaryCap && d.note.trimmed().isEmpty())
        problems.append({QStringLiteral("decision_note"),
                         Text::tr("กรุณาบันทึกเหตุผลของการอนุมัติพิเศษเกินวงเงินปกติ")});
    return problems;
}

LoanRound LoanRoundService::requireRound(const QString& roundId) {
    const std::optional<LoanRound> round = LoanRoundRepository(db_).find(roundId);
    if (!round)
        refuse(Text::tr("ไม่พบรอบการให้กู้นี้ในไฟล์"));
    return *round;
}

LoanRound LoanRoundService::roundOf(const Loan& loan) {
    if (loan.roundId.isEmpty())
        refuse(Text::tr("คำขอกู้นี้ไม่ได้อยู่ในรอบการให้กู้"));
    return requireRound(loan.roundId);
}

LoanRound LoanRoundService::open(LoanRound round) {
    Transaction transaction(db_.connection());
    throwIfAny(validateRound(round));
    requirePool(db_, round.poolId, round.organisationId);
    const std::optional<LoanProduct> product =
        LoanProductRepository(db_).find(round.organisationId, round.productId);
    if (!product || !product->active)
        throwIfAny({{QStringLiteral("product_id"), Text::tr("กรุณาเลือกประเภทเงินกู้ที่กองทุนเปิดให้กู้อยู่")}});
    LoanRoundRepository rounds(db_);
    round.year = round.openedOn.year();
    round.roundNo = rounds.nextRoundNo(round.organisationId, round.year);
    round.closedOn = QDate();
    rounds.insert(round);
    transaction.commit();
    return round;
}

LoanRound LoanRoundService::close(const QString& roundId, const QDate& day) {
    Transaction transaction(db_.connection());
    LoanRound round = requireRound(roundId);
    if (!round.isOpen())
        refuse(Text::tr("รอบการให้กู้ %1 ปิดไปแล้วเมื่อ %2")
                   .arg(roundNoText(round), formatThaiDate(round.closedOn)));
    if (!day.isValid() || day < round.openedOn)
        refuse(Text::tr("วันปิดรอบต้องไม่ก่อนวันเปิดรับคำขอกู้"));
    LoanRoundRepository(db_).markClosed(roundId, day);
    round.closedOn = day;
    transaction.commit();
    return round;
}

Loan LoanRoundService::apply(const RoundApplication& a) {
    Transaction transaction(db_.connection());
    const LoanRound round = requireRound(a.roundId);
    if (!round.isOpen())
        refuse(Text::tr("รอบการให้กู้ %1 ปิดแล้ว รับคำขอกู้เพิ่มไม่ได้").arg(roundNoText(round)));
    if (!a.appliedOn.isValid() || a.appliedOn < round.openedOn || a.appliedOn > round.applyBy)
        throwIfAny({{QStringLiteral("applied_on"),
                     Text::tr("รอบนี้รับคำขอกู้ตั้งแต่ %1 ถึง %2")
                         .arg(formatThaiDate(round.openedOn), formatThaiDate(round.applyBy))}});
    if (a.amount > round.raisedCap)
        throwIfAny({{QStringLiteral("amount"), Text::tr("ขอกู้ได้ไม่เกิน %1 บาทต่อราย")
                                                   .arg(formatMoney(round.raisedCap))}});
    const LoanProduct product =
        LoanProductRepository(db_).find(round.organisationId, round.productId).value();
    LoanApplication application;
    application.organisationId = round.organisationId;
    application.membershipId = a.membershipId;
    application.productId = round.productId;
    application.appliedOn = a.appliedOn;
    application.amount = a.amount;
    application.months = a.months > 0 ? a.months : product.maxMonths;
    application.purpose = a.purpose;
    application.guarantorMembershipIds = a.guarantorMembershipIds;
    application.poolId = round.poolId;
    application.roundId = round.id;
    const Loan loan = LoanService(db_).apply(application);
    transaction.commit();
    return loan;
}

Loan LoanRoundService::approve(const QString& loanId, const RoundDecision& d) {
    Transaction transaction(db_.connection());
    const std::optional<Loan> found = LoanRepository(db_).find(loanId);
    if (!found)
        refuse(Text::tr("ไม่พบคำขอกู้นี้ในไฟล์"));
    const LoanRound round = roundOf(*found);
    throwIfAny(checkDecision(round, d));
    const CapitalPool pool = requirePool(db_, round.poolId, round.organisationId);
    const Money held = Balances(db_).lowestBalanceFrom(pool.bankAccountId, d.meetingDate);
    const Money promised = approvedNotPaid(db_, pool.id, loanId) + d.amount;
    if (promised > held)
        refuse(Text::tr("ยอดอนุมัติที่ยังไม่จ่ายของแหล่งเงินนี้รวม %1 บาท เกินเงินใน%2 ซึ่งมี %3 บาท")
                   .arg(formatMoney(promised), pool.name, formatMoney(held)));
    const Loan loan =
        LoanService::forLoanRounds(db_).approve(loanId, d.meetingDate, d.amount, d.note);
    transaction.commit();
    return loan;
}

RoundDisbursement LoanRoundService::disburse(const QString& loanId, const QDate& day) {
    Transaction transaction(db_.connection());
    const std::optional<Loan> found = LoanRepository(db_).find(loanId);
    if (!found)
        refuse(Text::tr("ไม่พบคำขอกู้นี้ในไฟล์"));
    const LoanRound round = roundOf(*found);
    RoundDisbursement result{
        LoanService::forLoanRounds(db_).disburse(loanId, day, DisbursementKind::Cash), {}};
    QList<ReceiptLine> fees;
    const Money riskFund = riskFundFor(round, found->approvedAmount);
    if (round.contractFee.isPositive())
        fees.append({ReceiptLineKind::ContractFee, round.contractFee, {}, 0, {}, {}});
    if (riskFund.isPositive())
        fees.append({ReceiptLineKind::RiskFund, riskFund, {}, 0, {}, {}});
    if (!fees.isEmpty())
        result.feeReceipt = ReceiptPosting(db_).post(
            {round.organisationId, day, found->membershipId, {}, PaymentMethod::Cash, fees});
    transaction.commit();
    return result;
}

QList<LoanRound> LoanRoundService::rounds(const QString& organisationId) {
    return LoanRoundRepository(db_).list(organisationId);
}

RoundSheet LoanRoundService::sheet(const QString& roundId, const QDate& today) {
    RoundSheet sheet;
    sheet.round = requireRound(roundId);
    QHash<QString, MemberRow> members;
    for (const MemberRow& row : MembershipRepository(db_).members(sheet.round.organisationId, true))
        members.insert(row.membership.id, row);
    for (const Loan& loan : LoanRepository(db_).ofRound(roundId)) {
        const MemberRow member = members.value(loan.membershipId);
        sheet.lines.append({loan, member.membership.memberNo,
                            QStringLiteral("%1%2 %3")
                                .arg(member.person.title, member.person.firstName,
                                     member.person.lastName)
                                .trimmed()});
        ++sheet.applications;
        sheet.requested += loan.requestedAmount;
        if (loan.status == LoanStatus::Rejected)
            ++sheet.rejected;
        if (loan.status != LoanStatus::Applied && loan.status != LoanStatus::Rejected)
            sheet.approved += loan.approvedAmount;
        if (loan.status == LoanStatus::Active || loan.status == LoanStatus::Settled)
            sheet.disbursed += loan.terms ? loan.terms->principal : Money();
    }
    std::sort(sheet.lines.begin(), sheet.lines.end(), [](const RoundLine& a, const RoundLine& b) {
        return a.memberNo.toInt() != b.memberNo.toInt() ? a.memberNo.toInt() < b.memberNo.toInt()
                                                        : a.memberNo < b.memberNo;
    });
    const CapitalPool pool = requirePool(db_, sheet.round.poolId, sheet.round.organisationId);
    sheet.poolHeld = Balances(db_).accountBalance(pool.bankAccountId, today);
    return sheet;
}

}  // namespace thanrak
