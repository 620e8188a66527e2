#pragma once

#include "ledger/Journal.h"
#include "savings/AllocationRun.h"
#include "support/SavingsFixture.h"

namespace thanrak::test {

// The year 2026 (B.E. 2569) of a group of three, the numbers worked in
// year_end_numbers.py. A, B and C joined in 2025 (their entrance fees are
// 2025's income, not 2026's).
//
// Savings: A brought 12,000.00 forward and saved 600.00 in January; B saved
// 1,200.00 in July; C brought 6,000.00 forward and saved 300.00 every month.
// Time-weighted (opening × 12/12 + month m × (12 − m + 1)/12):
//   A 12,000 + 600 × 12/12 = 12,600.00; B 1,200 × 6/12 = 600.00;
//   C 6,000 + 300 × (12 + 11 + … + 1)/12 = 6,000 + 300 × 78/12 = 7,950.00;
//   Σ 21,150.00.
// Interest paid: B 300.00, C 900.00 (Σ 1,200.00).
// Net profit: interest 1,200.00 + fines 53.37 + bank interest 20.00
//   − expenses 250.00 = 1,023.37.
// Heads (default policy 10/60/15/5/5/3/2 %, largest remainder, earlier head
// first on a tie): floors 102.33, 614.02, 153.50, 51.16, 51.16, 30.70, 20.46
// leave 4 satang for the largest fractions .85, .85, .74, .70: reserve 102.34,
// dividend 614.02, refund 153.50, committee 51.17, welfare 51.17, public
// benefit 30.70, promotion 20.47.
// Dividend 614.02 × 12,600/21,150 = 365.799… → 365.80; × 600/21,150 = 17.419…
//   → 17.42; × 7,950/21,150 = 230.802… → 230.80; Σ 614.02, nothing left.
// Refund 153.50 × 300/1,200 = 38.375 → 38.38 and × 900/1,200 = 115.125 →
//   115.13 give out 153.51, one satang too many, so the pool is split by
//   largest remainder: 38.37 and 115.12 and the tied satang to the earlier,
//   B: 38.38 and 115.12.
// Totals: A 365.80, B 17.42 + 38.38 = 55.80, C 230.80 + 115.12 = 345.92.
struct YearStory : SavingsFixture {
    YearStory();

    QString account(AccountRole role);
    void post(const char* what, const QDate& when, const QList<JournalLine>& lines);
    // Sajja saved (Dr cash / Cr the member's savings).
    void save(const QString& member, Money amount, const QDate& when);
    // Income received in cash, naming the member who paid it when there is one.
    void cashIn(AccountRole income, Money amount, const QDate& when, const QString& member = {});
    // An expense (ค่าใช้จ่ายอื่น) paid in cash.
    void spend(Money amount, const QDate& when);
    // footprint() plus the allocation tables and the runs' states.
    QStringList allocationFootprint();

    QString a, b, c;
};

// The run's final amount of head `key`, and the member's line.
Money headAmount(const AllocationRun& run, const char* key);
const AllocationRunMember& line(const AllocationRun& run, const QString& membershipId);
// Every worked number of the story above, checked on a draft or a posted run.
void checkStory2026(const YearStory& s, const AllocationRun& run);

}  // namespace thanrak::test
