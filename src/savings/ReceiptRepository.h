#pragma once

#include "savings/LoanStanding.h"
#include "savings/Receipt.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace thanrak {

class Database;

// Numbered receipts and their lines. A receipt is written once with its
// journal entry and never changed; one whose entry was reversed is void and
// left out of every sum below.
class ReceiptRepository {
public:
    explicit ReceiptRepository(Database& database) : db_(database) {}

    // The next number of the organisation's receipts in a C.E. year.
    int nextNumber(const QString& organisationId, int year);
    // Writes the receipt and its lines; the caller has posted the entry.
    void insert(Receipt& receipt);

    std::optional<Receipt> find(const QString& receiptId);
    QList<Receipt> ofMeeting(const QString& meetingId);    // by number
    QList<Receipt> ofMember(const QString& membershipId);  // oldest first
    // Receipts dated from–to (inclusive) by date and number; `standingOnly`
    // leaves out those cancelled (entry reversed) by `to`, so a report of a
    // past month reads as it did then.
    QList<Receipt> between(const QString& organisationId, const QDate& from, const QDate& to,
                           bool standingOnly);
    // Ids of the organisation's receipts whose entry was reversed (ยกเลิก).
    QSet<QString> cancelledIds(const QString& organisationId);

    // What the contract's receipts applied to each instalment (only receipts
    // dated up to `upTo` when it is given).
    PaidByInstalment loanPayments(const QString& loanId, const QDate& upTo = {});
    // The same for every contract of the organisation in one read, by loan id.
    QHash<QString, PaidByInstalment> loanPaymentsOf(const QString& organisationId,
                                                    const QDate& upTo = {});
    // The same for the contracts running on `day` only, up to that day.
    QHash<QString, PaidByInstalment> loanPaymentsRunningOn(const QString& organisationId,
                                                           const QDate& day);
    // Sajja received per member and per month it was for ("2026-03").
    QHash<QString, QHash<QString, Money>> sajjaByMonth(const QString& organisationId);
    // Months for which each member already paid a late-sajja fine.
    QHash<QString, QSet<QString>> finedSajjaMonths(const QString& organisationId);
    // The same two for one member only (keyed by that membership).
    QHash<QString, QHash<QString, Money>> sajjaByMonthOfMember(const QString& membershipId);
    QHash<QString, QSet<QString>> finedSajjaMonthsOfMember(const QString& membershipId);
    // "นางสมศรี ใจดี" for the receipt and its entry.
    QString payerName(const QString& membershipId);

private:
    QHash<QString, QHash<QString, Money>> sajjaByMonthWhere(const QString& where,
                                                            const QString& id);
    QHash<QString, QSet<QString>> finedSajjaMonthsWhere(const QString& where, const QString& id);
    QList<Receipt> select(const QString& where, const QVariantList& values, const QString& order);

    Database& db_;
};

}  // namespace thanrak
