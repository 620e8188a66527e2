#include "demo/DemoLending.h"

#include "ledger/Balances.h"
#include "savings/LoanService.h"

namespace thanrak::demo {

namespace {
// The group keeps some cash in hand for the emergencies of the month.
const Money kCashKeptBack = Money::fromBaht(2000);

const LoanProduct& pickProduct(std::mt19937& rng, const GroupBook& book) {
    const int roll = draw(rng, 0, 99);  // flat, equal principal, annuity, maturity
    return book.products.at(roll < 15 ? 0 : roll < 50 ? 1 : roll < 80 ? 2 : 3);
}

// Between half and all of the cap, in steps of 500 baht.
Money requestedAmount(std::mt19937& rng, const LoanProduct& product, Money savings) {
    const qint64 capBaht = loanCap(product, savings).satang() / 100;
    const qint64 baht = capBaht * draw(rng, 50, 100) / 100 / 500 * 500;
    return Money::fromBaht(baht);
}

// Two other members of the meeting, when the amount needs them.
QStringList guarantorsFor(std::mt19937& rng, const LoanProduct& product, Money amount,
                          const MeetingDues& dues, const QString& borrower) {
    QStringList chosen;
    if (amount <= product.guarantorThreshold || dues.members.size() < 3)
        return chosen;
    while (chosen.size() < product.guarantorsRequired) {
        const QString id =
            dues.members.at(draw(rng, 0, static_cast<int>(dues.members.size()) - 1)).membershipId;
        if (id != borrower && !chosen.contains(id))
            chosen.append(id);
    }
    return chosen;
}

LoanApplication application(std::mt19937& rng, const GroupBook& book, const LoanProduct& product,
                            const MemberDues& member, const MeetingDues& dues, const QDate& day,
                            Money savings) {
    LoanApplication a{
        book.organisationId,
        member.membershipId,
        product.id,
        day,
        requestedAmount(rng, product, savings),
        draw(rng, 2, product.maxMonths),
        QString::fromUtf8(product.method == InterestMethod::Annuity ? "ซื้อปุ๋ยใส่นาข้าว"
                                                                    : "ใช้จ่ายในครอบครัว"),
        {},
        {}};
    a.guarantorMembershipIds = guarantorsFor(rng, product, a.amount, dues, member.membershipId);
    return a;
}

// Why the committee says no, or empty: it refuses members behind with their
// sajja, and loans the group's cash cannot cover this month.
QString refusalOf(const MemberDues& member, Money amount, Money cash) {
    if (!member.sajja.missed.isEmpty())
        return QStringLiteral("ยังมีเงินสัจจะค้างส่ง ให้ส่งให้ครบก่อนจึงยื่นกู้ใหม่");
    if (amount > cash)
        return QStringLiteral("เงินทุนหมุนเวียนของกลุ่มไม่พอในเดือนนี้");
    return {};
}

void disburse(LoanService& loans, const Loan& loan, const LoanProduct& product, const QDate& day) {
    if (product.method == InterestMethod::Annuity)
        loans.disburse(loan.id, day, DisbursementKind::InKind,
                       QStringLiteral("ปุ๋ยเคมีสูตร 16-20-0 จำนวน %1 กระสอบ")
                           .arg(loan.approvedAmount.satang() / 100 / 850));
    else
        loans.disburse(loan.id, day, DisbursementKind::Cash);
}
}  // namespace

LendingCounts lendAtMeeting(Database& db, std::mt19937& rng, const GroupBook& book,
                            const MeetingDues& dues, const QDate& meetingDate) {
    LendingCounts counts;
    Balances balances(db);
    Money cash = balances.accountBalance(book.cashAccountId, meetingDate) - kCashKeptBack;
    LoanService loans(db);
    for (const MemberDues& member : dues.members) {
        if (!member.loans.isEmpty() || draw(rng, 0, 99) >= 6)
            continue;
        const LoanProduct& product = pickProduct(rng, book);
        const Money savings =
            balances.memberBalance(book.savingsAccountId, member.membershipId, meetingDate);
        LoanApplication a = application(rng, book, product, member, dues, meetingDate, savings);
        if (a.amount < Money::fromBaht(1000))
            continue;
        if (!loans.check(a).isEmpty()) {
            a.guarantorMembershipIds.clear();
            a.amount = std::min(a.amount, product.guarantorThreshold);
            if (!loans.check(a).isEmpty())
                continue;
        }
        const Loan applied = loans.apply(a);
        if (const QString refusal = refusalOf(member, a.amount, cash); !refusal.isEmpty()) {
            loans.reject(applied.id, meetingDate, refusal);
            ++counts.rejected;
            continue;
        }
        disburse(loans, loans.approve(applied.id, meetingDate, a.amount, {}), product, meetingDate);
        cash -= a.amount;
        ++counts.disbursed;
    }
    return counts;
}

}  // namespace thanrak::demo
