// MeetingDayService::post: the whole meeting in one transaction.
#include "savings/MeetingDayService.h"

#include "domain/MembershipRepository.h"
#include "money/MoneyFormat.h"
#include "savings/GroupRulesRepository.h"
#include "savings/LoanRepository.h"
#include "savings/MeetingRepository.h"
#include "savings/ReceiptPosting.h"
#include "savings/RepaymentPlanner.h"
#include "savings/SavingsError.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "thai/ThaiDate.h"

#include <QCoreApplication>
#include <QSet>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Savings)
};

// Problems a treasurer can fix on the screen, keyed by the member's row.
class PaymentCheck {
public:
    PaymentCheck(Database& db, const QString& organisationId, const QDate& day,
                 bool depositsEnabled)
        : db_(db), organisationId_(organisationId), day_(day), depositsEnabled_(depositsEnabled) {}

    FieldProblems check(const QList<MemberPayment>& payments) {
        for (const MemberPayment& p : payments) checkOne(p);
        return problems_;
    }

private:
    void add(const QString& membershipId, const QString& who, const QString& message) {
        problems_.append({membershipId, Text::tr("สมาชิกเลขทะเบียน %1: %2").arg(who, message)});
    }

    void checkAmount(const MemberPayment& p, const QString& who, Money amount,
                     const QString& what) {
        if (amount.isNegative())
            add(p.membershipId, who, Text::tr("ยอด%1ติดลบ (%2 บาท)").arg(what, formatMoney(amount)));
    }

    void checkOne(const MemberPayment& p) {
        const std::optional<Membership> member = MembershipRepository(db_).find(p.membershipId);
        if (!member || member->organisationId != organisationId_ || !member->activeOn(day_)) {
            problems_.append({p.membershipId, Text::tr("ผู้ชำระรายหนึ่งไม่ได้เป็นสมาชิกของกลุ่มในวันประชุม")});
            return;
        }
        const QString who = member->memberNo;
        if (seen_.contains(p.membershipId))
            add(p.membershipId, who, Text::tr("มียอดชำระซ้ำสองแถว"));
        seen_.insert(p.membershipId);
        checkAmount(p, who, p.sajja, Text::tr("เงินสัจจะ"));
        checkAmount(p, who, p.deposit, Text::tr("เงินฝาก"));
        checkAmount(p, who, p.sajjaFine, Text::tr("ค่าปรับผิดสัจจะ"));
        if (p.deposit.isPositive() && !depositsEnabled_)
            add(p.membershipId, who, Text::tr("ระเบียบกลุ่มไม่ได้เปิดรับเงินฝาก"));
        QSet<QString> loans;
        for (const LoanPayment& l : p.loans) {
            checkAmount(p, who, l.amount, Text::tr("ชำระเงินกู้"));
            const std::optional<Loan> loan = LoanRepository(db_).find(l.loanId);
            if (!loan || loan->membershipId != p.membershipId || loans.contains(l.loanId))
                add(p.membershipId, who, Text::tr("สัญญาเงินกู้ที่ชำระไม่ใช่ของสมาชิกนี้ หรือระบุซ้ำ"));
            loans.insert(l.loanId);
        }
    }

    Database& db_;
    QString organisationId_;
    QDate day_;
    bool depositsEnabled_;
    QSet<QString> seen_;
    FieldProblems problems_;
};

bool depositsEnabledOn(Database& db, const QString& organisationId, const QDate& day) {
    const std::optional<GroupRulesVersion> rules =
        GroupRulesRepository(db).current(organisationId, day);
    if (!rules)
        throw SavingsError(
            QStringLiteral("savings.rules"),
            Text::tr("ยังไม่มีระเบียบกลุ่มที่ใช้ในวันที่ %1 กรุณาบันทึกระเบียบกลุ่มก่อน").arg(formatThaiDate(day)));
    return rules->rules.depositsEnabled;
}

Meeting openMeeting(Database& db, const QString& organisationId, const QDate& day) {
    MeetingRepository meetings(db);
    const QString month = monthKey(day);
    if (const std::optional<Meeting> posted = meetings.find(organisationId, month))
        throw SavingsError(QStringLiteral("savings.meeting"),
                           Text::tr("บันทึกการประชุมเดือน%1 ไปแล้วเมื่อวันที่ %2 จึงบันทึกซ้ำไม่ได้ "
                              "ผู้ที่มาชำระภายหลังให้ออกใบเสร็จแยกรายคน")
                               .arg(formatThaiMonthYear(day.year(), day.month()),
                                    formatThaiDate(posted->meetingDate)));
    Meeting meeting{{}, organisationId, day, month, {}};
    meetings.insert(meeting);
    return meeting;
}
}  // namespace

bool MemberPayment::isEmpty() const {
    bool noLoans = std::all_of(loans.begin(), loans.end(),
                               [](const LoanPayment& l) { return l.amount.isZero(); });
    return sajja.isZero() && deposit.isZero() && sajjaFine.isZero() && noLoans;
}

PostedMeeting MeetingDayService::post(const QString& organisationId, const QDate& meetingDate,
                                      const QList<MemberPayment>& payments) {
    Transaction transaction(db_.connection());
    const bool depositsEnabled = depositsEnabledOn(db_, organisationId, meetingDate);
    throwIfAny(PaymentCheck(db_, organisationId, meetingDate, depositsEnabled).check(payments));
    if (std::all_of(payments.begin(), payments.end(),
                    [](const MemberPayment& p) { return p.isEmpty(); }))
        throw SavingsError(QStringLiteral("savings.meeting"),
                           Text::tr("ยังไม่มียอดชำระของสมาชิกคนใดในการประชุมนี้"));
    PostedMeeting posted;
    const Meeting meeting = openMeeting(db_, organisationId, meetingDate);
    posted.meetingId = meeting.id;
    const SajjaBook book = loadSajjaBook(db_, organisationId);
    RepaymentPlanner planner(db_);
    LoanRepository loans(db_);
    for (const MemberPayment& p : payments) {
        if (p.isEmpty())
            continue;
        const Membership member = *MembershipRepository(db_).find(p.membershipId);
        const SajjaStanding sajja = sajjaStanding(book, member, meeting.month);
        QList<ReceiptLine> lines = sajjaLines(sajja, meeting.month, p.sajja);
        if (p.deposit.isPositive())
            lines.append({ReceiptLineKind::Deposit, p.deposit, {}, 0, {}, {}});
        if (p.sajjaFine.isPositive())
            lines += sajjaFineLines(sajja, p.sajjaFine);
        QList<RepaymentPlan> plans;
        for (const LoanPayment& l : p.loans) {
            if (l.amount.isZero())
                continue;
            plans.append(planner.plan(*loans.find(l.loanId), meetingDate, l.amount));
            lines += plans.last().lines;
        }
        posted.receipts.append(ReceiptPosting(db_).post(
            {organisationId, meetingDate, p.membershipId, meeting.id, PaymentMethod::Cash, lines}));
        posted.total += posted.receipts.last().total;
        for (const RepaymentPlan& plan : plans) planner.settleIfPaid(plan, meetingDate);
    }
    transaction.commit();
    return posted;
}

}  // namespace thanrak
