#include "demo/DemoFundLoans.h"

#include "demo/DemoSavingsSetup.h"
#include "domain/MembershipRepository.h"
#include "fund/LoanRoundService.h"
#include "fund/PoolService.h"
#include "savings/LoanReplacement.h"
#include "savings/RepaymentService.h"

namespace thanrak::demo {

namespace {
// A weak fund (see FundBook::weak) collects worse: more late, restructured
// and unpaid contracts.
Outcome drawOutcome(std::mt19937& rng, bool weak = false) {
    const int r = draw(rng, 0, 99);
    const int onTime = weak ? 52 : 76;
    const int renew = onTime + 10;
    const int late = renew + (weak ? 12 : 7);
    const int restructure = late + (weak ? 8 : 4);
    return r < onTime        ? Outcome::OnTime
           : r < renew       ? Outcome::Renew
           : r < late        ? Outcome::Late
           : r < restructure ? Outcome::Restructure
                             : Outcome::Unpaid;
}

Money drawAmount(std::mt19937& rng) {
    static const int kBaht[] = {5000, 8000, 10000, 10000, 12000, 15000, 20000, 20000, 20000, 30000};
    return Money::fromBaht(kBaht[draw(rng, 0, 9)]);
}

// Ends one contract as drawn. Returns the loan that replaces it, or the loan
// itself while it is still owed on `today`, or nothing once it is closed.
std::optional<OpenLoan> settle(Database& db, std::mt19937& rng, const OpenLoan& loan,
                               const QDate& today, FundCounts& counts) {
    RepaymentService repayments(db);
    const QDate due = loan.maturity;
    switch (loan.outcome) {
        case Outcome::OnTime:
            repayments.repay(loan.loanId, due, repayments.standing(loan.loanId, due).payoff());
            return std::nullopt;
        case Outcome::Renew: {
            const LoanStanding standing = repayments.standing(loan.loanId, due);
            const Money interest = standing.payoff() - standing.outstandingPrincipal;
            if (interest.isPositive())
                repayments.repay(loan.loanId, due, interest);
            const Disbursement renewed = replaceLoan(
                db, {loan.loanId, ReplacementKind::Renewal, due, standing.outstandingPrincipal, 12,
                     QStringLiteral("ต่อสัญญาตามมติคณะกรรมการ")});
            ++counts.renewals;
            return OpenLoan{renewed.loan.id, loan.membershipId, renewed.loan.maturityDate,
                            drawOutcome(rng) == Outcome::Renew ? Outcome::Renew : Outcome::OnTime};
        }
        case Outcome::Late: {
            const QDate day = due.addDays(draw(rng, 20, 120));
            if (day > today)
                return OpenLoan{loan.loanId, loan.membershipId, QDate(9999, 12, 31), Outcome::Late};
            repayments.repay(loan.loanId, day, repayments.standing(loan.loanId, day).payoff());
            return std::nullopt;
        }
        case Outcome::Restructure: {
            const QDate day = due.addDays(draw(rng, 90, 120));
            if (day > today)
                return OpenLoan{loan.loanId, loan.membershipId, QDate(9999, 12, 31),
                                Outcome::Restructure};
            const ReplacementQuote quote = quoteReplacement(db, loan.loanId, day);
            const Disbursement fresh = replaceLoan(
                db, {loan.loanId, ReplacementKind::Restructure, day,
                     quote.minimumFor(ReplacementKind::Restructure), 12,
                     QStringLiteral("ประสบภัยแล้ง ขอปรับโครงสร้างหนี้ตามมติคณะกรรมการ")});
            ++counts.restructured;
            return OpenLoan{fresh.loan.id, loan.membershipId, fresh.loan.maturityDate,
                            Outcome::OnTime};
        }
        case Outcome::Unpaid:
            return OpenLoan{loan.loanId, loan.membershipId, QDate(9999, 12, 31), Outcome::Unpaid};
    }
    return std::nullopt;
}
}  // namespace

QSet<QString> FundLending::busy() const {
    QSet<QString> members;
    for (const OpenLoan& loan : open)
        if (loan.outcome != Outcome::OnTime)
            members.insert(loan.membershipId);
    return members;
}

void settleMaturities(Database& db, std::mt19937& rng, FundLending& lending, int year,
                      const QDate& today, FundCounts& counts) {
    QList<OpenLoan> still;
    for (const OpenLoan& loan : lending.open) {
        if (loan.maturity.year() != year || loan.maturity > today)
            still.append(loan);
        else if (std::optional<OpenLoan> next = settle(db, rng, loan, today, counts))
            still.append(*next);
    }
    lending.open = still;
}

void runRound(Database& db, std::mt19937& rng, const FundBook& book, FundLending& lending,
              const CapitalPool& pool, const QDate& opened, FundCounts& counts) {
    LoanRoundService rounds(db);
    LoanRound r;
    r.organisationId = book.organisationId;
    r.poolId = pool.id;
    r.productId = book.roundProductId;
    r.title = QStringLiteral("เงินกู้เพื่อประกอบอาชีพ ปี %1 (%2)").arg(opened.year() + 543).arg(pool.name);
    r.openedOn = opened;
    r.applyBy = QDate(opened.year(), opened.month(), 1).addMonths(1).addDays(-1);
    r.contractFee = Money::fromBaht(50);
    r.riskFundPercent = Ratio(1);
    r = rounds.open(r);
    ++counts.rounds;
    const QDate committee = r.applyBy.addDays(10);
    const QDate payDay = r.applyBy.addDays(15);
    const int share = pool.kind == PoolKind::Government ? 40 : 15;
    const QSet<QString> busy = lending.busy();
    Money promised;
    const Money held = PoolService(db).balance(pool, committee).held;
    QList<QString> approved;
    for (const MemberRow& row : MembershipRepository(db).members(book.organisationId)) {
        const QDate applied = opened.addDays(draw(rng, 0, 25));
        if (busy.contains(row.membership.id) || !row.membership.activeOn(applied) ||
            draw(rng, 0, 99) >= share)
            continue;
        const Money amount = drawAmount(rng);
        const Loan loan = rounds.apply({r.id, row.membership.id, applied, amount, 0,
                                        QStringLiteral("ลงทุนทำนาและเลี้ยงสัตว์"), {}});
        if (draw(rng, 0, 99) < 6 || promised + amount > held) {
            LoanService(db).reject(loan.id, committee,
                                   promised + amount > held
                                       ? QStringLiteral("วงเงินของรอบนี้เต็มแล้ว")
                                       : QStringLiteral("ยังมีหนี้ค้างชำระกับแหล่งเงินอื่น"));
            continue;
        }
        const bool special = amount > r.ordinaryCap;
        rounds.approve(loan.id, {committee, amount,
                                 special ? QStringLiteral("อนุมัติพิเศษ ขยายการเลี้ยงโค") : QString(),
                                 special});
        promised += amount;
        approved.append(loan.id);
    }
    rounds.close(r.id, committee);
    for (const QString& id : approved) {
        const Loan loan = rounds.disburse(id, payDay).disbursement.loan;
        lending.open.append(
            {loan.id, loan.membershipId, loan.maturityDate, drawOutcome(rng, book.weak())});
        ++counts.loans;
    }
}

void lendOutsideMoney(Database& db, std::mt19937& rng, FundBook& book, FundLending& lending,
                      const QDate& received, FundCounts& counts) {
    CapitalPool p;
    p.organisationId = book.organisationId;
    p.kind = PoolKind::OutsideLoan;
    p.name = QStringLiteral("เงินกู้ ธ.ก.ส. เพื่อเสริมสภาพคล่อง");
    p.bankName = QStringLiteral("ธ.ก.ส. สาขากุดชุม");
    p.bankAccountNo = QStringLiteral("020-2-%1-1").arg(draw(rng, 10000, 99999));
    p.openedOn = received;
    p.outsideLoan = OutsideLoanTerms{QStringLiteral("ธ.ก.ส. สาขากุดชุม"), Ratio(5), RatePeriod::Year,
                                     24, InterestMethod::Maturity};
    PoolService pools(db);
    book.outsideLoan = pools.open(p);
    pools.receiveCapital(book.outsideLoan->id, received, Money::fromBaht(300000),
                         QStringLiteral("สัญญากู้ยืมเงินเพื่อเสริมสภาพคล่องกองทุนหมู่บ้าน"));
    runRound(db, rng, book, lending, *book.outsideLoan, received.addDays(2), counts);
}

}  // namespace thanrak::demo
