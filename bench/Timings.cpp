#include "Timings.h"

#include "ledger/Balances.h"
#include "ledger/ChartOfAccounts.h"
#include "savings/LoanRepository.h"
#include "savings/MeetingDayService.h"
#include "savings/MemberCard.h"
#include "savings/ReceiptRepository.h"
#include "savings/RepaymentService.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace thanrak::bench {

double medianMs(int runs, const std::function<void(int)>& work) {
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work(i);
        ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms.at(ms.size() / 2);
}

void report(const QString& what, double ms, int runs) {
    std::printf("  %-52s %10.3f ms (median of %d)%s\n", what.toUtf8().constData(), ms, runs,
                ms > 500 ? "  SLOW" : "");
    std::fflush(stdout);
}

namespace {
// Everyone pays what the meeting screen suggests.
QList<MemberPayment> suggestedPayments(const MeetingDues& dues) {
    QList<MemberPayment> payments;
    for (const MemberDues& m : dues.members) {
        MemberPayment p{m.membershipId,
                        m.sajja.dueThisMonth + m.sajja.arrears(),
                        {},
                        m.sajja.suggestedFine(),
                        {}};
        for (const LoanDue& loan : m.loans)
            if (loan.standing.dueNow().isPositive())
                p.loans.append({loan.loanId, loan.standing.dueNow()});
        if (!p.isEmpty())
            payments.append(p);
    }
    return payments;
}

// Members of the group with the most history: an active loan and many receipts.
QStringList busyMembers(Database& db, const QString& group, int count) {
    QSqlQuery q =
        sql::run(db.connection(),
                 QStringLiteral("SELECT m.id FROM memberships m WHERE m.organisation_id = ? "
                                "ORDER BY EXISTS (SELECT 1 FROM loans l WHERE l.membership_id "
                                "= m.id AND l.status = 'active') DESC, m.joined_on, "
                                "m.member_no LIMIT ?"),
                 {group, count});
    QStringList ids;
    while (q.next()) ids.append(q.value(0).toString());
    return ids;
}
}  // namespace

void timeMeetings(Database& db, const QString& group, const QDate& firstMonth, int runs) {
    MeetingDayService service(db);
    std::vector<double> duesMs, postMs;
    int members = 0;
    int receipts = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const MeetingDues dues = service.dues(group, monthKey(firstMonth.addMonths(i)));
        duesMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        const QList<MemberPayment> payments = suggestedPayments(dues);
        timer.restart();
        receipts =
            static_cast<int>(service.post(group, dues.collectionDate, payments).receipts.size());
        postMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        members = static_cast<int>(dues.members.size());
    }
    std::sort(duesMs.begin(), duesMs.end());
    std::sort(postMs.begin(), postMs.end());
    std::printf("(1) meeting day of the big group: %d members, %d receipts per meeting\n", members,
                receipts);
    report(QStringLiteral("MeetingDayService::dues"), duesMs.at(duesMs.size() / 2), runs);
    report(QStringLiteral("MeetingDayService::post"), postMs.at(postMs.size() / 2), runs);
}

void timeMemberCards(Database& db, const QString& group, const QDate& asOf, int runs) {
    const QStringList members = busyMembers(db, group, runs);
    const QString savings = ChartOfAccounts(db).require(group, AccountRole::MemberSavings).id;
    auto member = [&](int run) { return members.at(run % members.size()); };
    std::printf("(2) member card of a member with ten years of receipts and an active loan\n");
    report(QStringLiteral("Balances::memberBalance (savings)"),
           medianMs(runs, [&](int r) { Balances(db).memberBalance(savings, member(r), asOf); }),
           runs);
    report(QStringLiteral("ReceiptRepository::ofMember"),
           medianMs(runs, [&](int r) { ReceiptRepository(db).ofMember(member(r)); }), runs);
    report(QStringLiteral("LoanRepository::ofMember + standing of active loans"),
           medianMs(runs,
                    [&](int r) {
                        RepaymentService repayments(db);
                        for (const Loan& loan : LoanRepository(db).ofMember(member(r)))
                            if (loan.status == LoanStatus::Active)
                                repayments.standing(loan.id, asOf);
                    }),
           runs);
    report(QStringLiteral("loadMemberCard (the whole card)"),
           medianMs(runs, [&](int r) { loadMemberCard(db, member(r), asOf); }), runs);
}

void timeBooks(Database& db, const QString& group, const QDate& asOf, int runs) {
    Balances balances(db);
    std::printf("(3) books of the big group\n");
    report(QStringLiteral("Balances::trialBalance (ten years)"),
           medianMs(runs, [&](int) { balances.trialBalance(group, asOf); }), runs);
    report(
        QStringLiteral("Balances::cashBook (one month)"),
        medianMs(runs, [&](int) { balances.cashBook(group, asOf.addMonths(-1).addDays(1), asOf); }),
        runs);
    report(
        QStringLiteral("Balances::cashBook (one year)"),
        medianMs(runs, [&](int) { balances.cashBook(group, asOf.addYears(-1).addDays(1), asOf); }),
        runs);
}

}  // namespace thanrak::bench
