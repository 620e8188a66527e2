#include "savings/ReceiptPosting.h"

#include "base/Ids.h"
#include "ledger/ChartOfAccounts.h"
#include "ledger/Journal.h"
#include "money/MoneyFormat.h"
#include "savings/ReceiptRepository.h"
#include "savings/SavingsError.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Savings)
};

AccountRole creditRole(ReceiptLineKind kind) {
    switch (kind) {
        case ReceiptLineKind::Sajja:
            return AccountRole::MemberSavings;
        case ReceiptLineKind::Deposit:
            return AccountRole::MemberDeposits;
        case ReceiptLineKind::EntranceFee:
            return AccountRole::FeeIncome;
        case ReceiptLineKind::Principal:
            return AccountRole::LoansReceivable;
        case ReceiptLineKind::Interest:
            return AccountRole::InterestIncome;
        case ReceiptLineKind::Fine:
            return AccountRole::FineIncome;
        case ReceiptLineKind::Other:
            return AccountRole::OtherIncome;
    }
    return AccountRole::OtherIncome;
}

void checkLines(const ReceiptDraft& draft) {
    if (draft.lines.isEmpty())
        throw SavingsError(QStringLiteral("savings.payment"),
                           Text::tr("ใบเสร็จต้องมีรายการรับเงินอย่างน้อยหนึ่งรายการ"));
    for (const ReceiptLine& line : draft.lines)
        if (!line.amount.isPositive())
            throw SavingsError(QStringLiteral("savings.payment"),
                               Text::tr("รายการ%1 จำนวน %2 บาท ต้องมากกว่าศูนย์")
                                   .arg(receiptLineKindLabel(line.kind), formatMoney(line.amount)));
}

// One credit per account and loan; every line names the member, so the
// income accounts also tell whose interest and fines they hold (เฉลี่ยคืน).
QList<JournalLine> creditLines(ChartOfAccounts& chart, const ReceiptDraft& draft) {
    QList<JournalLine> credits;
    for (const ReceiptLine& line : draft.lines) {
        const QString accountId = chart.require(draft.organisationId, creditRole(line.kind)).id;
        auto same = [&](const JournalLine& j) {
            return j.accountId == accountId && j.loanId == line.loanId;
        };
        if (auto it = std::find_if(credits.begin(), credits.end(), same); it != credits.end())
            it->credit += line.amount;
        else
            credits.append({accountId, Money(), line.amount, draft.membershipId, line.loanId, {}});
    }
    return credits;
}
}  // namespace

Receipt ReceiptPosting::post(const ReceiptDraft& draft) {
    Transaction transaction(db_.connection());
    checkLines(draft);
    ChartOfAccounts chart(db_);
    ReceiptRepository receipts(db_);
    Receipt receipt;
    receipt.id = newUuid();
    receipt.organisationId = draft.organisationId;
    receipt.receiptDate = draft.date;
    receipt.receiptYear = draft.date.year();
    receipt.receiptNo = receipts.nextNumber(draft.organisationId, receipt.receiptYear);
    receipt.membershipId = draft.membershipId;
    receipt.meetingId = draft.meetingId;
    receipt.method = draft.method;
    receipt.lines = draft.lines;
    for (const ReceiptLine& line : draft.lines) receipt.total += line.amount;

    const AccountRole debitRole =
        draft.method == PaymentMethod::Cash ? AccountRole::Cash : AccountRole::MemberSavings;
    QList<JournalLine> lines{{chart.require(draft.organisationId, debitRole).id,
                              receipt.total,
                              Money(),
                              draft.membershipId,
                              {},
                              {}}};
    lines += creditLines(chart, draft);
    const QString description =
        Text::tr("ใบเสร็จรับเงินเลขที่ %1 %2")
            .arg(receiptNoText(receipt), receipts.payerName(draft.membershipId))
            .trimmed();
    const PostedEntry entry = Journal(db_).post({draft.organisationId, draft.date, description,
                                                 QStringLiteral("receipt"), receipt.id, lines});
    receipt.journalEntryId = entry.id;
    receipts.insert(receipt);
    transaction.commit();
    return receipt;
}

}  // namespace thanrak
