#pragma once

#include "savings/Receipt.h"

#include <QDate>
#include <QList>
#include <QString>

namespace thanrak {

class Database;

// A receipt about to be issued to one payer.
struct ReceiptDraft {
    QString organisationId;
    QDate date;
    QString membershipId;  // the payer
    QString meetingId;     // when taken at a monthly meeting
    PaymentMethod method = PaymentMethod::Cash;
    QList<ReceiptLine> lines;
};

// Issues receipts: the next number of the year, one balanced journal entry
// (Dr cash, or Dr the member's savings for an offset; Cr one line per account
// and loan), then the receipt and its lines pointing at the entry. Runs in the
// caller's transaction when there is one, so a meeting's receipts stand or
// fall together.
class ReceiptPosting {
public:
    explicit ReceiptPosting(Database& database) : db_(database) {}

    // Throws SavingsError ("savings.payment") for no lines or a line that is
    // not positive, and LedgerError when the books refuse (closed month).
    Receipt post(const ReceiptDraft& draft);

private:
    Database& db_;
};

}  // namespace thanrak
