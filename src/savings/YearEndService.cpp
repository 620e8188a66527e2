#include "savings/YearEndService.h"

#include "allocation/AllocationCalculator.h"
#include "domain/MembershipRepository.h"
#include "money/MoneyFormat.h"
#include "savings/AllocationRunRepository.h"
#include "savings/GroupRulesRepository.h"
#include "savings/SavingsError.h"
#include "savings/YearEndLedger.h"
#include "savings/YearEndPosting.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "thai/ThaiDate.h"

#include <QCoreApplication>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Savings)
};

[[noreturn]] void refuse(const QString& message) {
    throw SavingsError(QStringLiteral("savings.allocation"), message);
}

GroupRulesVersion rulesAtYearEnd(Database& db, const QString& organisationId, int year) {
    const QDate yearEnd = lastDayOfYear(year);
    if (std::optional<GroupRulesVersion> rules =
            GroupRulesRepository(db).current(organisationId, yearEnd))
        return *rules;
    throw SavingsError(QStringLiteral("savings.rules"),
                       Text::tr("ยังไม่มีระเบียบกลุ่มที่ใช้ในวันที่ %1 จึงจัดสรรกำไรสุทธิไม่ได้ "
                                "กรุณาบันทึกระเบียบกลุ่มก่อน")
                           .arg(formatThaiDate(yearEnd)));
}

[[noreturn]] void refusePosted(const AllocationRun& run, const QString& action) {
    refuse(Text::tr("การจัดสรรกำไรสุทธิปี %1 ผ่านรายการไปแล้วเมื่อวันที่ %2 จึง%3ไม่ได้ "
                    "หากต้องแก้ไข ให้บันทึกรายการปรับปรุงในปีถัดไป")
               .arg(buddhistYear(run.year))
               .arg(formatThaiDate(run.approvedOn), action));
}

AllocationRun requireDraft(AllocationRunRepository& runs, const QString& runId) {
    std::optional<AllocationRun> run = runs.find(runId);
    if (!run)
        refuse(
            Text::tr("ไม่พบร่างการจัดสรรกำไรสุทธินี้ อาจมีการคำนวณร่างใหม่แทนแล้ว "
                     "กรุณาเปิดร่างล่าสุดแล้วตรวจสอบอีกครั้ง"));
    if (run->isPosted())
        refusePosted(*run, Text::tr("ผ่านรายการซ้ำ"));
    return *run;
}

void checkPostingDate(const AllocationRun& run, const QDate& day) {
    if (!day.isValid())
        refuse(Text::tr("กรุณาใส่วันที่ที่ประชุมอนุมัติการจัดสรรกำไรสุทธิ"));
    if (day < lastDayOfYear(run.year))
        refuse(Text::tr("วันที่ %1 อยู่ก่อนวันสิ้นปีบัญชี %2 กรุณาใช้วันที่ที่ประชุมอนุมัติการจัดสรร "
                        "ซึ่งต้องไม่ก่อนวันสิ้นปี")
                   .arg(formatThaiDate(day), formatThaiDate(lastDayOfYear(run.year))));
}

bool sameMembers(const AllocationRun& run, const AllocationInput& now) {
    if (now.members.size() != run.members.size())
        return false;
    for (std::size_t i = 0; i < now.members.size(); ++i) {
        const MemberYear& m = now.members[i];
        const AllocationRunMember& kept = run.members[i];
        const Ratio basis = run.policy.dividendBasis == DividendBasis::TimeWeightedMonthly
                                ? timeWeightedBalance(m)
                                : Ratio(yearEndBalance(m).satang());
        if (m.membershipId != kept.membershipId || basis != kept.dividendBasis ||
            m.interestPaid != kept.interestPaid)
            return false;
    }
    return true;
}

// A correction posted into the year after the draft was made would make the
// posted allocation disagree with the books; the committee reviews a new draft.
void checkUnchanged(const AllocationRun& run, const AllocationInput& now) {
    if (now.netProfit != run.netProfit)
        refuse(Text::tr("กำไรสุทธิปี %1 ในบัญชีขณะนี้ %2 บาท ไม่ตรงกับร่างการจัดสรร (%3 บาท) "
                        "เพราะมีการบันทึกรายการหลังทำร่าง กรุณาคำนวณร่างใหม่ก่อนผ่านรายการ")
                   .arg(buddhistYear(run.year))
                   .arg(formatMoney(now.netProfit), formatMoney(run.netProfit)));
    if (!sameMembers(run, now))
        refuse(Text::tr("เงินสัจจะหรือดอกเบี้ยของสมาชิกปี %1 ในบัญชีเปลี่ยนไปหลังทำร่างการจัดสรร "
                        "กรุณาคำนวณร่างใหม่ก่อนผ่านรายการ")
                   .arg(buddhistYear(run.year)));
    if (!run.result().reconciles())
        refuse(Text::tr("ยอดในร่างการจัดสรรปี %1 รวมกันไม่ตรงกับกำไรสุทธิ กรุณาคำนวณร่างใหม่")
                   .arg(buddhistYear(run.year)));
}

void choosePayouts(Database& db, AllocationRun& run, const PayoutChoice& choice, const QDate& day) {
    for (auto it = choice.byMember.constBegin(); it != choice.byMember.constEnd(); ++it)
        if (!run.member(it.key()))
            refuse(
                Text::tr("มีการเลือกวิธีรับเงินให้ผู้ที่ไม่อยู่ในรายการจัดสรรปี %1").arg(buddhistYear(run.year)));
    MembershipRepository memberships(db);
    for (AllocationRunMember& m : run.members) {
        if (!m.total.isPositive())
            continue;
        m.payout = choice.of(m.membershipId);
        if (m.payout != PayoutMethod::Savings)
            continue;
        const std::optional<Membership> member = memberships.find(m.membershipId);
        if (!member || !member->activeOn(day))
            refuse(Text::tr("สมาชิกเลขทะเบียน %1 ไม่ได้เป็นสมาชิกแล้วในวันที่ %2 "
                            "จึงโอนเงินปันผลเข้าเงินสัจจะไม่ได้ กรุณาเลือกจ่ายเป็นเงินสด")
                       .arg(member ? member->memberNo : m.membershipId, formatThaiDate(day)));
    }
}

void postEntries(Database& db, AllocationRun& run, const QList<YearAccountTotal>& profitAndLoss) {
    const YearEndAccounts accounts = yearEndAccounts(db, run.organisationId);
    Journal journal(db);
    if (std::optional<JournalEntryDraft> close =
            closingEntry(run, profitAndLoss, accounts, run.approvedOn))
        run.closeEntryId = journal.post(*close).id;
    if (std::optional<JournalEntryDraft> allocate = allocationEntry(run, accounts, run.approvedOn))
        run.allocationEntryId = journal.post(*allocate).id;
    if (std::optional<JournalEntryDraft> payout = payoutEntry(run, accounts, run.approvedOn))
        run.payoutEntryId = journal.post(*payout).id;
}
}  // namespace

AllocationInput YearEndService::yearInput(const QString& organisationId, int year) {
    return YearEndLedger(db_).input(
        organisationId, year, rulesAtYearEnd(db_, organisationId, year).rules.allocation.dividendOn);
}

AllocationRun YearEndService::draft(const QString& organisationId, int year) {
    Transaction transaction(db_.connection());
    AllocationRunRepository runs(db_);
    const std::optional<AllocationRun> earlier = runs.ofYear(organisationId, year);
    if (earlier && earlier->isPosted())
        refusePosted(*earlier, Text::tr("คำนวณร่างใหม่"));
    const GroupRulesVersion rules = rulesAtYearEnd(db_, organisationId, year);
    const AllocationInput input =
        YearEndLedger(db_).input(organisationId, year, rules.rules.allocation.dividendOn);
    const AllocationResult result = calculateAllocation(rules.rules.allocation, input);
    if (!result.reconciles())
        refuse(Text::tr("ผลการจัดสรรปี %1 รวมกันไม่ตรงกับกำไรสุทธิ").arg(buddhistYear(year)));
    AllocationRun run = runFromResult(result, input);
    run.organisationId = organisationId;
    run.rulesId = rules.id;
    run.rulesEffectiveFrom = rules.rules.effectiveFrom;
    if (earlier)
        runs.removeDraft(earlier->id);
    runs.insertDraft(run);
    transaction.commit();
    return run;
}

AllocationRun YearEndService::post(const QString& runId, const QDate& approvedOn,
                                   const PayoutChoice& payouts) {
    Transaction transaction(db_.connection());
    AllocationRunRepository runs(db_);
    AllocationRun run = requireDraft(runs, runId);
    checkPostingDate(run, approvedOn);
    YearEndLedger ledger(db_);
    checkUnchanged(run, ledger.input(run.organisationId, run.year, run.policy.dividendOn));
    const QList<YearAccountTotal> profitAndLoss =
        ledger.profitAndLoss(run.organisationId, run.year);
    if (YearEndLedger::netProfit(profitAndLoss) != run.netProfit)
        refuse(Text::tr("ยอดปิดบัญชีไม่ตรงกับกำไรสุทธิในร่าง กรุณาคำนวณร่างใหม่"));
    choosePayouts(db_, run, payouts, approvedOn);
    run.approvedOn = approvedOn;
    postEntries(db_, run, profitAndLoss);
    runs.markPosted(run);
    transaction.commit();
    return run;
}

std::optional<AllocationRun> YearEndService::find(const QString& runId) {
    return AllocationRunRepository(db_).find(runId);
}

std::optional<AllocationRun> YearEndService::ofYear(const QString& organisationId, int year) {
    return AllocationRunRepository(db_).ofYear(organisationId, year);
}

QList<AllocationRun> YearEndService::runs(const QString& organisationId) {
    return AllocationRunRepository(db_).ofOrganisation(organisationId);
}

QList<PostedEntry> YearEndService::entries(const AllocationRun& run) {
    QList<PostedEntry> entries;
    Journal journal(db_);
    for (const QString& id : {run.closeEntryId, run.allocationEntryId, run.payoutEntryId})
        if (!id.isEmpty())
            if (std::optional<PostedEntry> entry = journal.find(id))
                entries.append(*entry);
    return entries;
}

}  // namespace thanrak
