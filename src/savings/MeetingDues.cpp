// MeetingDayService::dues: what the meeting screen lists.
#include "savings/MeetingDayService.h"

#include "domain/MembershipRepository.h"
#include "savings/GroupRulesRepository.h"
#include "savings/LoanRepository.h"
#include "savings/MeetingRepository.h"
#include "savings/PledgeRepository.h"
#include "savings/ReceiptRepository.h"
#include "savings/RepaymentPlanner.h"
#include "savings/SavingsError.h"
#include "storage/Database.h"
#include "thai/ThaiDate.h"

#include <QCoreApplication>

namespace thanrak {

namespace {
const GroupRules& rulesForMonth(const SajjaBook& book, const QString& month) {
    const QDate first = monthStart(month);
    const GroupRules* rules =
        first.isValid()
            ? rulesOn(book.rules, QDate(first.year(), first.month(), first.daysInMonth()))
            : nullptr;
    if (!rules)
        throw SavingsError(QStringLiteral("savings.rules"),
                           QCoreApplication::translate("Savings",
                                                       "ยังไม่มีระเบียบกลุ่มที่ใช้ในเดือน %1 "
                                                       "กรุณาบันทึกระเบียบกลุ่มก่อน")
                               .arg(month));
    return *rules;
}

QHash<QString, QList<Loan>> activeLoansByMember(Database& db, const QString& organisationId) {
    QHash<QString, QList<Loan>> result;
    QList<Loan> loans = LoanRepository(db).list(organisationId, LoanStatus::Active);
    std::sort(loans.begin(), loans.end(), [](const Loan& a, const Loan& b) {
        return std::tie(a.contractYear, a.contractSeq) < std::tie(b.contractYear, b.contractSeq);
    });
    for (const Loan& loan : loans) result[loan.membershipId].append(loan);
    return result;
}
}  // namespace

SajjaBook loadSajjaBook(Database& db, const QString& organisationId) {
    SajjaBook book;
    for (const GroupRulesVersion& v : GroupRulesRepository(db).versions(organisationId))
        book.rules.append(v.rules);
    book.pledges = PledgeRepository(db).ofOrganisation(organisationId);
    ReceiptRepository receipts(db);
    book.paidByMonth = receipts.sajjaByMonth(organisationId);
    book.finedMonths = receipts.finedSajjaMonths(organisationId);
    return book;
}

SajjaBook loadMemberSajjaBook(Database& db, const Membership& member) {
    SajjaBook book;
    for (const GroupRulesVersion& v : GroupRulesRepository(db).versions(member.organisationId))
        book.rules.append(v.rules);
    book.pledges.insert(member.id, PledgeRepository(db).pledges(member.id));
    ReceiptRepository receipts(db);
    book.paidByMonth = receipts.sajjaByMonthOfMember(member.id);
    book.finedMonths = receipts.finedSajjaMonthsOfMember(member.id);
    return book;
}

Money MemberDues::suggestedTotal() const {
    Money total = sajja.dueThisMonth + sajja.arrears() + sajja.suggestedFine();
    for (const LoanDue& loan : loans) total += loan.standing.dueNow();
    return total;
}

MeetingDues MeetingDayService::dues(const QString& organisationId, const QString& month,
                                    QDate asOf) {
    const SajjaBook book = loadSajjaBook(db_, organisationId);
    const GroupRules& rules = rulesForMonth(book, month);
    MeetingDues dues;
    dues.organisationId = organisationId;
    dues.month = month;
    const QDate first = monthStart(month);
    dues.collectionDate = QDate(first.year(), first.month(), rules.collectionDay);
    dues.asOf = asOf.isValid() ? asOf : dues.collectionDate;
    dues.depositsEnabled = rules.depositsEnabled;
    dues.alreadyPosted = MeetingRepository(db_).find(organisationId, month).has_value();
    const QHash<QString, QList<Loan>> loans = activeLoansByMember(db_, organisationId);
    RepaymentPlanner planner(db_);
    for (const MemberRow& row : MembershipRepository(db_).members(organisationId, true)) {
        if (!row.membership.activeOn(dues.asOf))
            continue;
        MemberDues member{row.membership.id,
                          row.membership.memberNo,
                          personDisplayName(row.person),
                          sajjaStanding(book, row.membership, month),
                          {}};
        for (const Loan& loan : loans.value(row.membership.id))
            member.loans.append({loan.id, contractNoText(loan), planner.standing(loan, dues.asOf)});
        dues.members.append(member);
    }
    return dues;
}

}  // namespace thanrak
