#pragma once

#include "ledger/Journal.h"
#include "savings/AllocationRun.h"
#include "savings/YearEndLedger.h"

#include <QDate>
#include <QList>

#include <optional>

namespace thanrak {

class Database;

// The accounts the year-end postings use, found by role.
struct YearEndAccounts {
    QString currentProfit;  // กำไรสุทธิรอการจัดสรร
    QString reserve;        // ทุนสำรอง
    QString headsPayable;  // เงินจัดสรรตามหมวดค้างจ่าย
    QString allocationPayable;  // เงินปันผลและเฉลี่ยคืนค้างจ่าย (per member)
    QString cash;
    QString memberSavings;
};

// Every account by role, or LedgerError naming the one the chart lacks.
YearEndAccounts yearEndAccounts(Database& database, const QString& organisationId);

// The three entries of a posted run (see YearEndService::post), each dated
// `day` with source "allocation" and the run's id; nullopt when an entry
// would have no lines (no income or expenses, nothing to allocate, nobody to
// pay). Balanced by construction; Journal checks again.
std::optional<JournalEntryDraft> closingEntry(const AllocationRun& run,
                                              const QList<YearAccountTotal>& profitAndLoss,
                                              const YearEndAccounts& accounts, const QDate& day);
std::optional<JournalEntryDraft> allocationEntry(const AllocationRun& run,
                                                 const YearEndAccounts& accounts, const QDate& day);
// Members' payout must be set for everyone with a positive total.
std::optional<JournalEntryDraft> payoutEntry(const AllocationRun& run,
                                             const YearEndAccounts& accounts, const QDate& day);

}  // namespace thanrak
