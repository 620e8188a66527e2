#pragma once

#include "SqlBulk.h"
#include "lending/LoanSchedule.h"

#include <QDate>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace thanrak {
class Database;
}

namespace thanrak::bench {

// One journal line as Journal::post writes it (satang).
struct LedgerLine {
    QString accountId;
    qint64 debit = 0;
    qint64 credit = 0;
    QString membershipId;
    QString loanId;
};

struct EntryRow {
    QString organisationId;
    int entryNo = 0;
    QDate date;
    QString description;
    const char* source = "receipt";
    QString sourceId;
};

// One receipt line as ReceiptRepository::insert writes it.
struct ReceiptLineRow {
    const char* kind = "sajja";
    qint64 amount = 0;
    QString loanId;
    int instalmentNo = 0;
    QString forMonth;
};

struct ReceiptRow {
    QString id;
    QString organisationId;
    int number = 0;
    QDate date;
    QString membershipId;
    qint64 total = 0;
    QString entryId;
    QString meetingId;
};

// A disbursed contract as LoanService leaves it (status active or settled).
struct LoanRow {
    QString id;
    QString organisationId;
    QString membershipId;
    QString productId;
    QString rulesId;
    int contractSeq = 0;
    QDate day;  // applied, approved, disbursed and started the same meeting day
    qint64 principal = 0;
    QString ratePercent;  // "1", "0.75": percentage points per period
    QString ratePeriod;
    QString method;
    int months = 0;
    QString inKind;  // description when paid out in goods
    QString entryId;
    QDate maturity;
    QDate settledOn;  // null while active
};

// Writes history rows with prepared statements in the caller's transaction,
// column for column what the repositories write.
class HistoryWriter {
public:
    explicit HistoryWriter(Database& database);
    ~HistoryWriter();

    QString person(const QString& villageCode, const QString& first, const QString& last,
                   const QDate& birth);
    QString membership(const QString& organisationId, const QString& personId, int memberNo,
                       const QDate& joined);
    void pledge(const QString& membershipId, const QDate& from, int shares);
    QString meeting(const QString& organisationId, const QDate& day);
    QString entry(const EntryRow& entry, const QList<LedgerLine>& lines);
    void receipt(const ReceiptRow& receipt, const QList<ReceiptLineRow>& lines);
    void loan(const LoanRow& loan, const std::vector<Instalment>& schedule);
    void guarantor(const QString& loanId, const QString& membershipId);

private:
    struct Statements;
    std::unique_ptr<Statements> s_;
    QByteArray now_;
};

}  // namespace thanrak::bench
