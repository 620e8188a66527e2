#pragma once

#include "money/Money.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace thanrak {

// What one line of a receipt (ใบเสร็จรับเงิน) is for. Each kind goes to its
// own account: sajja and deposits to the member's savings and deposits,
// principal to loans receivable, interest, fines and fees to income; a
// village fund's shares to share capital, its contract fee to income and
// the risk-fund money to the risk fund.
enum class ReceiptLineKind {
    Sajja,
    Deposit,
    EntranceFee,
    Principal,
    Interest,
    Fine,
    Other,
    Shares,       // ค่าหุ้น
    ContractFee,  // ค่าธรรมเนียมสัญญาเงินกู้
    RiskFund,     // เงินประกันความเสี่ยง
};

QString receiptLineKindKey(ReceiptLineKind kind);  // "sajja", as stored
std::optional<ReceiptLineKind> receiptLineKindFromKey(const QString& key);
QString receiptLineKindLabel(ReceiptLineKind kind);  // Thai, as printed

// Cash over the counter, or the member's own savings offset against a debt
// (หักกลบลบหนี้, when leaving): the same receipt, a different debit.
enum class PaymentMethod { Cash, SavingsOffset };

QString paymentMethodKey(PaymentMethod method);
std::optional<PaymentMethod> paymentMethodFromKey(const QString& key);

struct ReceiptLine {
    ReceiptLineKind kind = ReceiptLineKind::Other;
    Money amount;
    QString loanId;        // principal, interest and loan fines
    int instalmentNo = 0;  // principal, interest and loan fines; 0 = none
    QString forMonth;      // "2026-03": the month sajja (or its fine) is for
    QString memo;
};

struct Receipt {
    QString id;
    QString organisationId;
    int receiptYear = 0;  // C.E. year of the receipt date; numbers restart each year
    int receiptNo = 0;
    QDate receiptDate;
    QString membershipId;
    PaymentMethod method = PaymentMethod::Cash;
    Money total;
    QString journalEntryId;
    QString meetingId;
    QList<ReceiptLine> lines;
    QString createdAt;
};

// "12/2569": the number printed on the receipt, with the B.E. year.
QString receiptNoText(const Receipt& receipt);

}  // namespace thanrak
