#include "savings/ReceiptPosting.h"

#include "base/Ids.h"
#include "ledger/ChartOfAccounts.h"
#include "ledger/Journal.h"
#include "money/MoneyFormat.h"
#include "savings/LoanAccounts.h"
#include "savings/LoanRepository.h"
#include "savings/ReceiptRepository.h"
#include "savings/SavingsError.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

#include <map>

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
        case ReceiptLineKind::Shares:
            return AccountRole::MemberShares;
        case ReceiptLineKind::ContractFee:
            return AccountRole::ContractFeeIncome;
        case ReceiptLineKind::RiskFund:
            return AccountRole::RiskFund;
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

// The accounts of each loan a receipt pays, looked up once per receipt.
class LoanAccountCache {
public:
    explicit LoanAccountCache(Database& db) : db_(db) {}
    const LoanAccounts& of(const QString& loanId) {
        auto it = cache_.find(loanId);
        if (it == cache_.end()) {
            const std::optional<Loan> loan = LoanRepository(db_).find(loanId);
            if (!loan)
                throw SavingsError(QStringLiteral("savings.payment"),
                                   Text::tr("ไม่พบสัญญาเงินกู้ของรายการรับชำระนี้"));
            it = cache_.emplace(loanId, loanAccounts(db_, *loan)).first;
        }
        return it->second;
    }

private:
    Database& db_;
    std::map<QString, LoanAccounts> cache_;
};

// Principal goes to the loan's own receivable (a pool's loans account for a
// village fund's loan); everything else to the account of its kind.
QString creditAccount(ChartOfAccounts& chart, LoanAccountCache& loans, const ReceiptDraft& draft,
                      const ReceiptLine& line) {
    if (line.kind == ReceiptLineKind::Principal)
        return loans.of(line.loanId).receivableId;
    return chart.require(draft.organisationId, creditRole(line.kind)).id;
}

// Money paid on a loan lent from a capital pool goes back to that pool's
// bank account; the rest goes to cash (or comes out of the member's savings
// for an offset).
QString debitAccount(const QString& defaultId, LoanAccountCache& loans, const ReceiptDraft& draft,
                     const ReceiptLine& line) {
    if (draft.method == PaymentMethod::Cash && !line.loanId.isEmpty()) {
        const LoanAccounts& accounts = loans.of(line.loanId);
        if (!accounts.poolName.isEmpty())
            return accounts.moneyId;
    }
    return defaultId;
}

void addTo(QList<JournalLine>& lines, const JournalLine& line) {
    auto same = [&](const JournalLine& j) {
        return j.accountId == line.accountId && j.loanId == line.loanId &&
               j.debit.isZero() == line.debit.isZero();
    };
    if (auto it = std::find_if(lines.begin(), lines.end(), same); it != lines.end()) {
        it->debit += line.debit;
        it->credit += line.credit;
    } else {
        lines.append(line);
    }
}

// One debit per money account, then one credit per account and loan; every
// line names the member, so the income accounts also tell whose interest and
// fines they hold (เฉลี่ยคืน).
QList<JournalLine> entryLines(Database& db, const ReceiptDraft& draft) {
    ChartOfAccounts chart(db);
    LoanAccountCache loans(db);
    const AccountRole debitRole =
        draft.method == PaymentMethod::Cash ? AccountRole::Cash : AccountRole::MemberSavings;
    const QString defaultDebit = chart.require(draft.organisationId, debitRole).id;
    QList<JournalLine> debits;
    QList<JournalLine> credits;
    for (const ReceiptLine& line : draft.lines) {
        const QString debitId = debitAccount(defaultDebit, loans, draft, line);
        addTo(debits, {debitId, line.amount, Money(), draft.membershipId, {}, {}});
        addTo(credits, {creditAccount(chart, loans, draft, line), Money(), line.amount,
                        draft.membershipId, line.loanId, {}});
    }
    return debits + credits;
}
}  // namespace

Receipt ReceiptPosting::post(const ReceiptDraft& draft) {
    Transaction transaction(db_.connection());
    checkLines(draft);
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

    const QList<JournalLine> lines = entryLines(db_, draft);
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
