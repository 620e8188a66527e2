#include "ledger/JournalCheck.h"

#include "ledger/ChartOfAccounts.h"
#include "ledger/LedgerError.h"
#include "ledger/Periods.h"
#include "money/MoneyFormat.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "thai/ThaiDate.h"

#include <QCoreApplication>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Ledger)
};

[[noreturn]] void refuse(const char* code, const QString& message) {
    throw LedgerError(QLatin1String(code), message);
}

void checkLine(Database& database, const JournalEntryDraft& draft, const JournalLine& line,
               int number) {
    const bool oneSide = (line.debit.isPositive() && line.credit.isZero()) ||
                         (line.credit.isPositive() && line.debit.isZero());
    if (!oneSide)
        refuse("ledger.lines", Text::tr("รายการบรรทัดที่ %1 ต้องมีจำนวนเงินด้านเดบิตหรือเครดิตด้านเดียว "
                                        "และต้องมากกว่าศูนย์")
                                   .arg(number));
    const std::optional<Account> account = ChartOfAccounts(database).find(line.accountId);
    if (!account || account->organisationId != draft.organisationId)
        refuse("ledger.account",
               Text::tr("รายการบรรทัดที่ %1 ใช้บัญชีที่ไม่อยู่ในผังบัญชีขององค์กรนี้").arg(number));
    if (!account->active)
        refuse("ledger.account", Text::tr("บัญชี %1 %2 ถูกปิดใช้แล้ว").arg(account->code, account->name));
    if (account->perMember && line.membershipId.isEmpty())
        refuse("ledger.member", Text::tr("บัญชี %1 %2 ต้องระบุสมาชิก (รายการบรรทัดที่ %3)")
                                    .arg(account->code, account->name)
                                    .arg(number));
    if (!line.membershipId.isEmpty() &&
        !sql::scalar(
             database.connection(),
             QStringLiteral("SELECT 1 FROM memberships WHERE id = ? AND organisation_id = ?"),
             {line.membershipId, draft.organisationId})
             .isValid())
        refuse("ledger.member", Text::tr("รายการบรรทัดที่ %1 ระบุสมาชิกที่ไม่ได้อยู่ในองค์กรนี้").arg(number));
}
}  // namespace

void checkJournalDraft(Database& database, const JournalEntryDraft& draft) {
    if (!draft.date.isValid())
        refuse("ledger.date", Text::tr("กรุณาใส่วันที่ของรายการบัญชี"));
    if (draft.description.trimmed().isEmpty())
        refuse("ledger.lines", Text::tr("กรุณาใส่คำอธิบายรายการบัญชี"));
    if (draft.lines.size() < 2)
        refuse("ledger.lines", Text::tr("รายการบัญชีต้องมีอย่างน้อยสองบรรทัด (เดบิตและเครดิต)"));
    if (Periods(database).isClosed(draft.organisationId, draft.date))
        refuse("ledger.closed_month",
               Text::tr("ปิดบัญชีเดือน%1 แล้ว จึงบันทึกรายการวันที่ %2 ไม่ได้ "
                        "กรุณาบันทึกในเดือนที่ยังไม่ปิด")
                   .arg(formatThaiMonthYear(draft.date.year(), draft.date.month()),
                        formatThaiDate(draft.date)));
    Money debits;
    Money credits;
    for (int i = 0; i < draft.lines.size(); ++i) {
        checkLine(database, draft, draft.lines.at(i), i + 1);
        debits += draft.lines.at(i).debit;
        credits += draft.lines.at(i).credit;
    }
    if (debits != credits)
        refuse("ledger.unbalanced",
               Text::tr("ยอดเดบิต %1 บาท ไม่เท่ากับยอดเครดิต %2 บาท รายการบัญชีต้องสมดุล")
                   .arg(formatMoney(debits), formatMoney(credits)));
}

}  // namespace thanrak
