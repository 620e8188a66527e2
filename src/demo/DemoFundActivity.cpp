#include "demo/DemoFundActivity.h"

#include "demo/DemoFundLoans.h"
#include "demo/DemoFundSetup.h"
#include "demo/DemoSavingsSetup.h"
#include "domain/MembershipRepository.h"
#include "domain/OrganisationRepository.h"
#include "fund/BankReconciliation.h"
#include "fund/GradeRepository.h"
#include "fund/PoolService.h"
#include "ledger/ChartOfAccounts.h"
#include "ledger/OtherEntries.h"
#include "savings/LoanRegister.h"
#include "savings/ReceiptPosting.h"
#include "savings/YearEndService.h"

#include <algorithm>

namespace thanrak::demo {

namespace {
QList<Organisation> villageFunds(Database& db) {
    OrganisationFilter filter;
    filter.kind = OrganisationKind::VillageFund;
    QList<Organisation> funds;
    for (const OrganisationSummary& s : OrganisationRepository(db).list(filter))
        funds.append(s.organisation);
    std::sort(funds.begin(), funds.end(),
              [](const Organisation& a, const Organisation& b) { return a.code < b.code; });
    return funds;
}

// In January some members buy more shares; the cash goes into บัญชี 2 that day.
void buyShares(Database& db, std::mt19937& rng, const FundBook& book, const QDate& day) {
    Money total;
    for (const MemberRow& row : MembershipRepository(db).members(book.organisationId)) {
        if (!row.membership.activeOn(day) || draw(rng, 0, 99) >= 25)
            continue;
        const Money amount = Money::fromBaht(100) * draw(rng, 1, 5);
        ReceiptPosting(db).post({book.organisationId, day, row.membership.id, {},
                                 PaymentMethod::Cash,
                                 {{ReceiptLineKind::Shares, amount, {}, 0, {}, {}}}});
        total += amount;
    }
    if (total.isPositive())
        PoolService(db).deposit(book.own.id, day, total, QStringLiteral("นำเงินค่าหุ้นฝากธนาคาร"));
}

// Half-yearly: the bank's interest (0.25 % of what บัญชี 1 holds, to the
// satang), then the passbook balance typed in and every line ticked.
int reconcile(Database& db, const FundBook& book, const QDate& day) {
    PoolService pools(db);
    const Money held = pools.balance(book.government, day).held;
    const Money interest = Money::fromSatang(held.satang() / 400);
    if (interest.isPositive())
        pools.bankInterest(book.government.id, day, interest);
    BankReconciliation bank(db);
    const Reconciliation r = bank.prepare(book.government.id, day, Money());
    QStringList all;
    for (const BankBookLine& line : r.outstanding) all << line.journalLineId;
    bank.save(book.government.id, day, r.bookBalance, all, QStringLiteral("สมุดบัญชีเงินฝาก"));
    return 1;
}

void yearExpenses(Database& db, std::mt19937& rng, const FundBook& book, int year) {
    OtherEntries entries(db, QDate(year, 12, 31));
    for (const Account& a : entries.selectableAccounts(book.organisationId, OtherEntryKind::Expense))
        if (a.code == QLatin1String("5101")) {
            entries.record({book.organisationId, QDate(year, 12, 20), OtherEntryKind::Expense, a.id,
                            Money::fromBaht(draw(rng, 8, 20) * 100), MoneyChannel::Cash,
                            QStringLiteral("ค่าเครื่องเขียน แบบพิมพ์สัญญาและสมุดบัญชี")});
            return;
        }
}

// The annual general meeting on 20 February approves the allocation; member
// returns are paid in cash drawn from บัญชี 2.
void closeYear(Database& db, const FundBook& book, int year) {
    const QDate meeting(year + 1, 2, 20);
    YearEndService yearEnd(db);
    const AllocationRun draft = yearEnd.draft(book.organisationId, year);
    Money toMembers;
    for (const AllocationRunMember& m : draft.members) toMembers += m.total;
    if (toMembers.isPositive())
        PoolService(db).withdraw(book.own.id, meeting, toMembers,
                                 QStringLiteral("ถอนเงินจ่ายผลตอบแทนสมาชิก"));
    yearEnd.post(draft.id, meeting, {PayoutMethod::Cash, {}});
}

// The district officer's scorecard in March: repayment from the books, the
// rest as the officer found it.
void grade(Database& db, std::mt19937& rng, const FundBook& book, int year) {
    const LoanRegisterTotals loans =
        loanTotalsOn(db, book.organisationId, QDate(year, 12, 31));
    const qint64 share = loans.outstanding.isPositive()
                             ? loans.outstandingInArrears.satang() * 100 / loans.outstanding.satang()
                             : 0;
    const int repayment = share < 5 ? 20 : share < 10 ? 16 : share < 20 ? 11 : 6;
    GradeRepository grades(db);
    FundGrade g;
    g.organisationId = book.organisationId;
    g.year = year;
    g.schemeId = grades.ensureDefaultScheme().id;
    g.assessedOn = QDate(year + 1, 3, 15);
    g.assessor = QStringLiteral("นางสาวพัชรินทร์ ใจดี (พัฒนากร)");
    const int low = book.weak() ? 5 : 0;  // a weak fund scores lower on what the officer sees
    g.scores = {{QStringLiteral("committee"), draw(rng, 12 - low, 20 - low),
                 QStringLiteral("รายงานการประชุมคณะกรรมการ")},
                {QStringLiteral("members"), draw(rng, 9 - low, 15 - low),
                 QStringLiteral("บัญชีลงชื่อประชุมใหญ่")},
                {QStringLiteral("lending"), draw(rng, 12 - low, 20 - low),
                 QStringLiteral("ทะเบียนสัญญาเงินกู้")},
                {QStringLiteral("repayment"), repayment,
                 QStringLiteral("ค้างชำระร้อยละ %1 ของเงินให้กู้คงเหลือ").arg(share)},
                {QStringLiteral("accounts"), draw(rng, 9 - low, 15 - low),
                 QStringLiteral("กระทบยอดธนาคารทุกครึ่งปี")},
                {QStringLiteral("benefit"), draw(rng, 5 - low / 2, 10 - low / 2),
                 QStringLiteral("มติจัดสรรกำไรประจำปี")}};
    grades.save(g);
}

void runYear(Database& db, std::mt19937& rng, FundBook& book, FundLending& lending, int year,
             const QDate& booksFrom, const QDate& today, FundCounts& counts) {
    buyShares(db, rng, book, QDate(year, 1, 10));
    if (book.index % 3 == 0 && year == booksFrom.year() + 1)
        PoolService(db).receiveCapital(book.government.id, QDate(year, 1, 3), Money::fromBaht(100000),
                                       QStringLiteral("เงินเพิ่มทุนระยะที่ 3 ตามมติ สทบ."));
    settleMaturities(db, rng, lending, year, today, counts);
    for (const CapitalPool& pool : book.lendingPools)
        runRound(db, rng, book, lending, pool, QDate(year, 1, 3), counts);
    if (book.index % 7 == 3 && year == booksFrom.year() + 1)
        lendOutsideMoney(db, rng, book, lending, QDate(year, 4, 1), counts);
    if (QDate(year, 6, 30) <= today)
        counts.statements += reconcile(db, book, QDate(year, 6, 30));
    if (QDate(year, 12, 31) < today) {
        yearExpenses(db, rng, book, year);
        counts.statements += reconcile(db, book, QDate(year, 12, 31));
    } else if (QDate(year, 10, 31) <= today) {
        counts.statements += reconcile(db, book, QDate(year, 10, 31));
    }
    if (QDate(year + 1, 2, 20) <= today)
        closeYear(db, book, year);
    if (QDate(year + 1, 3, 15) <= today) {
        grade(db, rng, book, year);
        ++counts.grades;
    }
}
}  // namespace

FundCounts addFundActivity(Database& db, quint32 seed, const QDate& booksFrom, const QDate& today) {
    std::mt19937 rng(seed + 44);
    FundCounts counts;
    int index = 0;
    for (const Organisation& fund : villageFunds(db)) {
        FundBook book = setUpFund(db, rng, fund, index++, booksFrom);
        FundLending lending;
        for (int year = booksFrom.year(); year <= today.year(); ++year)
            runYear(db, rng, book, lending, year, booksFrom, today, counts);
        ++counts.funds;
    }
    return counts;
}

}  // namespace thanrak::demo
