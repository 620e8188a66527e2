#include "savings/YearEndPosting.h"

#include "ledger/ChartOfAccounts.h"
#include "thai/ThaiDate.h"

#include <QCoreApplication>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Savings)
};

// A line that moves `debit` to the debit side, or its negation to the credit
// side when it is negative. Never called with zero.
JournalLine signedLine(const QString& accountId, Money debit, const QString& membershipId = {},
                       const QString& memo = {}) {
    if (debit.isNegative())
        return {accountId, Money(), -debit, membershipId, {}, memo};
    return {accountId, debit, Money(), membershipId, {}, memo};
}

JournalEntryDraft entryOf(const AllocationRun& run, const QDate& day, const QString& description) {
    return {run.organisationId, day, description, QStringLiteral("allocation"), run.id, {}};
}

QString headName(const AllocationRun& run, HeadKind kind) {
    for (const HeadResult& head : run.heads)
        if (head.kind == kind)
            return head.name;
    return {};
}

std::optional<JournalEntryDraft> unlessEmpty(JournalEntryDraft draft) {
    if (draft.lines.isEmpty())
        return std::nullopt;
    return draft;
}
}  // namespace

YearEndAccounts yearEndAccounts(Database& database, const QString& organisationId) {
    ChartOfAccounts chart(database);
    auto id = [&](AccountRole role) { return chart.require(organisationId, role).id; };
    return {id(AccountRole::CurrentProfit), id(AccountRole::Reserve),
            id(AccountRole::HeadsPayable),  id(AccountRole::AllocationPayable),
            id(AccountRole::Cash),          id(AccountRole::MemberSavings)};
}

std::optional<JournalEntryDraft> closingEntry(const AllocationRun& run,
                                              const QList<YearAccountTotal>& profitAndLoss,
                                              const YearEndAccounts& accounts, const QDate& day) {
    JournalEntryDraft draft = entryOf(
        run, day,
        Text::tr("ปิดบัญชีรายได้และค่าใช้จ่ายปี %1 เข้ากำไรสุทธิรอการจัดสรร").arg(buddhistYear(run.year)));
    Money profit;
    for (const YearAccountTotal& t : profitAndLoss) {
        // Income is closed by a debit, an expense by a credit, of its result.
        const bool income = t.account.type == AccountType::Income;
        draft.lines.append(signedLine(t.account.id, income ? t.amount : -t.amount));
        profit += income ? t.amount : -t.amount;
    }
    if (!profit.isZero())
        draft.lines.append(signedLine(accounts.currentProfit, -profit));
    return unlessEmpty(draft);
}

std::optional<JournalEntryDraft> allocationEntry(const AllocationRun& run,
                                                 const YearEndAccounts& accounts,
                                                 const QDate& day) {
    if (!run.netProfit.isPositive())
        return std::nullopt;
    JournalEntryDraft draft =
        entryOf(run, day, Text::tr("จัดสรรกำไรสุทธิปี %1 ตามมติที่ประชุม").arg(buddhistYear(run.year)));
    draft.lines.append(signedLine(accounts.currentProfit, run.netProfit));
    for (const HeadResult& head : run.heads) {
        if (!head.finalAmount.isPositive())
            continue;
        if (head.kind == HeadKind::Reserve)
            draft.lines.append(signedLine(accounts.reserve, -head.finalAmount, {}, head.name));
        else if (head.kind == HeadKind::Lump)
            draft.lines.append(signedLine(accounts.headsPayable, -head.finalAmount, {}, head.name));
    }
    const QString dividend = headName(run, HeadKind::Dividend);
    const QString refund = headName(run, HeadKind::Refund);
    for (const AllocationRunMember& m : run.members) {
        if (m.dividend.isPositive())
            draft.lines.append(
                signedLine(accounts.allocationPayable, -m.dividend, m.membershipId, dividend));
        if (m.refund.isPositive())
            draft.lines.append(
                signedLine(accounts.allocationPayable, -m.refund, m.membershipId, refund));
    }
    return draft;
}

std::optional<JournalEntryDraft> payoutEntry(const AllocationRun& run,
                                             const YearEndAccounts& accounts, const QDate& day) {
    JournalEntryDraft draft =
        entryOf(run, day, Text::tr("จ่ายเงินปันผลและเฉลี่ยคืนปี %1").arg(buddhistYear(run.year)));
    for (const AllocationRunMember& m : run.members) {
        if (!m.total.isPositive())
            continue;
        const bool toSavings = m.payout == PayoutMethod::Savings;
        draft.lines.append(signedLine(accounts.allocationPayable, m.total, m.membershipId));
        draft.lines.append(
            signedLine(toSavings ? accounts.memberSavings : accounts.cash, -m.total, m.membershipId,
                       toSavings ? Text::tr("เข้าเงินสัจจะสะสม") : Text::tr("จ่ายเงินสด")));
    }
    return unlessEmpty(draft);
}

}  // namespace thanrak
