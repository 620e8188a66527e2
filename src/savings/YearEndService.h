#pragma once

#include "allocation/AllocationInput.h"
#include "ledger/Journal.h"
#include "savings/AllocationRun.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace thanrak {

class Database;

// The year-end close and profit allocation (ปิดบัญชีสิ้นปีและจัดสรรกำไรสุทธิ) of
// a savings group: the committee makes a draft, reviews it, makes it again
// after correcting the books, and posts it once the annual meeting approves.
//
// Refusals are SavingsError with stable codes: "savings.rules" (no rules in
// force at the year end), "savings.allocation" (the year is already posted,
// no such run, the books changed since the draft, a posting date before the
// year end, a payout the member cannot take). The calculator's AllocationError
// and the books' LedgerError (a closed month) pass through. Every call is one
// transaction: when anything is refused the file is exactly as it was.
class YearEndService {
public:
    explicit YearEndService(Database& database) : db_(database) {}

    // The year's figures as the books show them now, without storing anything.
    AllocationInput yearInput(const QString& organisationId, int year);

    // Calculates the year (calendar year, C.E.) under the rules in force on
    // its last day and stores it as the year's draft, replacing an earlier
    // draft of the same year. A posted year cannot be drafted again.
    AllocationRun draft(const QString& organisationId, int year);

    // Posts a draft, every entry dated `approvedOn` (the meeting that approved
    // it, on or after the year's last day) with source "allocation" and the
    // run's id:
    //  1. close: each income and expense account's result for the year into
    //     กำไรสุทธิรอการจัดสรร (CurrentProfit);
    //  2. allocate: Dr CurrentProfit / Cr reserve, heads payable per lump head,
    //     and each member's dividend and refund payable (AllocationPayable);
    //  3. pay out: Dr AllocationPayable / Cr cash, or Cr the member's savings.
    // A year with a loss or no profit is closed and nothing is allocated. The
    // books must still give the draft's figures, or the draft must be made again.
    AllocationRun post(const QString& runId, const QDate& approvedOn,
                       const PayoutChoice& payouts = {});

    std::optional<AllocationRun> find(const QString& runId);
    std::optional<AllocationRun> ofYear(const QString& organisationId, int year);
    // Every run of the organisation, the latest year first.
    QList<AllocationRun> runs(const QString& organisationId);
    // The journal entries a posted run made, in posting order.
    QList<PostedEntry> entries(const AllocationRun& run);

private:
    Database& db_;
};

}  // namespace thanrak
