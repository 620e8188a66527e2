#include "demo/DemoMeetings.h"

namespace thanrak::demo {

namespace {
struct Mood {
    bool paysSajja = true;
    int loanPercent = 100;  // of what is due on each loan
};

Mood moodOf(std::mt19937& rng, Habit habit) {
    const int roll = draw(rng, 0, 99);
    switch (habit) {
        case Habit::Reliable:
            return {roll >= 2, 100};
        case Habit::Forgetful:
            return roll < 20 ? Mood{false, 0} : Mood{true, 100};
        case Habit::Struggling:
            return {roll >= 35, roll < 40 ? 0 : roll < 70 ? 50 : 100};
    }
    return {};
}

// Half of an instalment is rounded down to the whole baht, as a member pays.
Money partOf(Money due, int percent) {
    if (percent >= 100)
        return due;
    const qint64 baht = due.satang() * percent / 100 / 100;
    return Money::fromBaht(baht);
}

MemberPayment paymentOf(std::mt19937& rng, Habit habit, const MemberDues& member) {
    const Mood mood = moodOf(rng, habit);
    MemberPayment payment;
    payment.membershipId = member.membershipId;
    if (mood.paysSajja) {
        payment.sajja = member.sajja.dueThisMonth + member.sajja.arrears();
        payment.sajjaFine = member.sajja.suggestedFine();
    }
    for (const LoanDue& loan : member.loans) {
        const Money amount = partOf(loan.standing.dueNow(), mood.loanPercent);
        if (amount.isPositive())
            payment.loans.append({loan.loanId, amount});
    }
    return payment;
}
}  // namespace

QList<MemberPayment> meetingPayments(std::mt19937& rng, const GroupBook& book,
                                     const MeetingDues& dues) {
    QList<MemberPayment> payments;
    for (const MemberDues& member : dues.members) {
        const MemberPayment payment =
            paymentOf(rng, book.habits.value(member.membershipId, Habit::Reliable), member);
        if (!payment.isEmpty())
            payments.append(payment);
    }
    return payments;
}

}  // namespace thanrak::demo
