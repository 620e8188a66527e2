#pragma once

#include "domain/Validation.h"
#include "ledger/Account.h"
#include "ledger/Journal.h"
#include "money/Money.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace thanrak {

class Database;

// Money the group receives or spends outside the members' dues and loans
// (รายได้อื่น / ค่าใช้จ่าย): bank interest, stationery, meeting costs, ...
enum class OtherEntryKind { Income, Expense };

// Where the money went in or out: the cash box or the group's bank account.
enum class MoneyChannel { Cash, Bank };

struct OtherEntry {
    QString organisationId;
    QDate date;
    OtherEntryKind kind = OtherEntryKind::Expense;
    QString accountId;  // one of OtherEntries::selectableAccounts(organisationId, kind)
    Money amount;
    MoneyChannel channel = MoneyChannel::Cash;
    QString description;
};

// No single other income or expense of a village group comes near this; an
// amount above it is a slip of the keyboard (extra zeros), not a purchase.
inline constexpr Money kLargestOtherEntry = Money::fromSatang(10'000'000'00);

// The rules that need no file: date, account chosen, amount above zero and
// not absurd, a description. Field keys: date, account, amount, description.
FieldProblems validateOtherEntry(const OtherEntry& entry, const QDate& today);

// An amount as typed in a form ("1,234.50", "๓๕๐"); nullopt with a problem on
// "amount" when it is empty or cannot be read.
std::optional<Money> readAmount(const QString& text, FieldProblems& problems);

// Records other income and expenses as balanced Journal entries (source
// "other"), and reverses an entry when the treasurer made a mistake; posted
// entries are never edited.
class OtherEntries {
public:
    explicit OtherEntries(Database& database, QDate today = QDate::currentDate())
        : db_(database), today_(today) {}

    // Active income accounts (except loan interest, fines and entry fees,
    // which come in through the meeting day) or active expense accounts of the
    // organisation's chart, by code.
    QList<Account> selectableAccounts(const QString& organisationId, OtherEntryKind kind);

    // validateOtherEntry plus the rules that need the file: the account is
    // selectable for this kind, the chart has cash or bank, the month is open.
    FieldProblems check(const OtherEntry& entry);
    // Income: Dr cash/bank, Cr the income account. Expense: Dr the expense
    // account, Cr cash/bank. Throws ValidationError (check's problems) or
    // LedgerError; nothing is written when it throws.
    PostedEntry record(const OtherEntry& entry);

    // The entry numbered `entryNo` of an organisation, dated `date`.
    std::optional<PostedEntry> findEntry(const QString& organisationId, const QDate& date,
                                         int entryNo);
    // Whether the entry may be reversed on `date` for `reason`: only other
    // entries and manual ones (a receipt or a loan payout is corrected where
    // it was made, so its records and the books stay together), not a
    // reversal, not reversed already, not dated before the original, the
    // month open, a reason given. Field keys: entry, date, reason.
    FieldProblems checkReversal(const QString& entryId, const QDate& date, const QString& reason);
    // Posts the mirror image through Journal::reverse. Throws ValidationError
    // (checkReversal's problems) or LedgerError.
    PostedEntry reverse(const QString& entryId, const QDate& date, const QString& reason);

private:
    Database& db_;
    QDate today_;
};

}  // namespace thanrak
