#include "savings/MemberCard.h"

#include "domain/MembershipRepository.h"
#include "domain/PersonRepository.h"
#include "ledger/Balances.h"
#include "ledger/ChartOfAccounts.h"
#include "savings/LoanProductRepository.h"
#include "savings/LoanRepository.h"
#include "savings/MeetingDayService.h"
#include "savings/ReceiptRepository.h"
#include "savings/RepaymentPlanner.h"
#include "savings/SavingsError.h"

#include <QCoreApplication>

#include <algorithm>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(MemberCard)
};

QList<MemberCardMonth> lastTwelveMonths(const SajjaBook& book, const Membership& member,
                                        const QDate& asOf) {
    QList<MemberCardMonth> months;
    const QDate thisMonth(asOf.year(), asOf.month(), 1);
    for (int back = 11; back >= 0; --back) {
        const QDate first = thisMonth.addMonths(-back);
        const QString key = monthKey(first);
        const std::optional<SajjaMonth> owed = sajjaOwed(book, member, first);
        months.append(
            {key, owed ? owed->due : Money(), book.paidByMonth.value(member.id).value(key)});
    }
    return months;
}

QList<MemberCardLoan> cardLoans(Database& db, const Membership& member, const QDate& asOf) {
    LoanRepository loans(db);
    LoanProductRepository products(db);
    RepaymentPlanner planner(db);
    QList<MemberCardLoan> result;
    for (const Loan& loan : loans.ofMember(member.id)) {
        MemberCardLoan card{loan, {}, {}, std::nullopt};
        if (const auto product = products.find(loan.productId))
            card.productName = product->name;
        if (loan.terms)
            card.schedule = loans.schedule(loan.id);
        if (loan.status == LoanStatus::Active && asOf >= loan.disbursedOn)
            card.standing = planner.standing(loan, asOf);
        result.append(card);
    }
    std::sort(result.begin(), result.end(), [](const MemberCardLoan& a, const MemberCardLoan& b) {
        return a.loan.appliedOn > b.loan.appliedOn;
    });
    return result;
}

void addBalances(Database& db, MemberCard& card) {
    ChartOfAccounts chart(db);
    Balances balances(db);
    const QString org = card.membership.organisationId;
    const QString id = card.membership.id;
    card.savings =
        balances.memberBalance(chart.require(org, AccountRole::MemberSavings).id, id, card.asOf);
    card.deposits =
        balances.memberBalance(chart.require(org, AccountRole::MemberDeposits).id, id, card.asOf);
    for (const MemberCardLoan& loan : card.loans)
        if (loan.standing)
            card.loansOutstanding += loan.standing->outstandingPrincipal;
}
}  // namespace

MemberCard loadMemberCard(Database& db, const QString& membershipId, const QDate& asOf) {
    const std::optional<Membership> member = MembershipRepository(db).find(membershipId);
    if (!member)
        throw SavingsError(QStringLiteral("savings.member"), Text::tr("ไม่พบสมาชิกที่เลือกในแฟ้มนี้"));
    MemberCard card;
    card.asOf = asOf;
    card.membership = *member;
    card.person = PersonRepository(db).find(member->personId).value_or(Person{});
    QList<Receipt> receipts = ReceiptRepository(db).ofMember(membershipId);
    const SajjaBook book = loadMemberSajjaBook(db, *member);
    const QString month = monthKey(asOf);
    card.sajja = sajjaStanding(book, *member, month);
    card.shares = card.sajja.shares;
    const std::optional<SajjaMonth> owed = sajjaOwed(book, *member, monthStart(month));
    card.monthlySajja = owed ? owed->due : Money();
    card.months = lastTwelveMonths(book, *member, asOf);
    card.loans = cardLoans(db, *member, asOf);
    std::reverse(receipts.begin(), receipts.end());
    card.receipts = receipts;
    addBalances(db, card);
    return card;
}

}  // namespace thanrak
