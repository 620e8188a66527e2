#include "ledger/OtherEntries.h"

#include "ledger/ChartOfAccounts.h"
#include "ledger/LedgerError.h"
#include "ledger/Periods.h"
#include "money/MoneyError.h"
#include "money/MoneyFormat.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "thai/ThaiDate.h"

#include <QCoreApplication>

#include <algorithm>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Ledger)
};

constexpr int kLongestDescription = 200;

const QString kDate = QStringLiteral("date");
const QString kAccount = QStringLiteral("account");
const QString kAmount = QStringLiteral("amount");
const QString kChannel = QStringLiteral("channel");
const QString kDescription = QStringLiteral("description");
const QString kEntry = QStringLiteral("entry");
const QString kReason = QStringLiteral("reason");

QString closedMonthMessage(const QDate& date) {
    return Text::tr(
               "ปิดบัญชีเดือน%1 แล้ว จึงบันทึกรายการวันที่ %2 ไม่ได้ "
               "กรุณาบันทึกในเดือนที่ยังไม่ปิด")
        .arg(formatThaiMonthYear(date.year(), date.month()), formatThaiDate(date));
}

QString futureDateMessage(const QDate& date) {
    return Text::tr("วันที่ %1 ยังมาไม่ถึง กรุณาตรวจสอบวันและปี พ.ศ.").arg(formatThaiDate(date));
}

AccountRole channelRole(MoneyChannel channel) {
    return channel == MoneyChannel::Cash ? AccountRole::Cash : AccountRole::Bank;
}

bool comesThroughMeetings(const Account& account) {
    return account.role == AccountRole::InterestIncome || account.role == AccountRole::FineIncome ||
           account.role == AccountRole::FeeIncome || account.role == AccountRole::ContractFeeIncome;
}

// Where an entry the cash book may not reverse was made, for the message.
QString sourceLabel(const QString& source) {
    if (source == QLatin1String("receipt"))
        return Text::tr("ใบเสร็จรับเงิน (วันสัจจะหรือการชำระเงินกู้)");
    if (source == QLatin1String("loan"))
        return Text::tr("การจ่ายเงินกู้");
    return Text::tr("งานส่วนอื่นของโปรแกรม");
}
}  // namespace

FieldProblems validateOtherEntry(const OtherEntry& entry, const QDate& today) {
    FieldProblems problems;
    if (!entry.date.isValid())
        problems.append({kDate, Text::tr("กรุณาใส่วันที่ของรายการ")});
    else if (entry.date > today)
        problems.append({kDate, futureDateMessage(entry.date)});
    if (entry.accountId.isEmpty())
        problems.append({kAccount, entry.kind == OtherEntryKind::Income
                                       ? Text::tr("กรุณาเลือกบัญชีรายได้")
                                       : Text::tr("กรุณาเลือกบัญชีค่าใช้จ่าย")});
    if (!entry.amount.isPositive())
        problems.append({kAmount, Text::tr("จำนวนเงินต้องมากกว่าศูนย์")});
    else if (entry.amount > kLargestOtherEntry)
        problems.append(
            {kAmount, Text::tr("จำนวนเงิน %1 บาท มากเกินกว่าจะเป็นรายการเดียว "
                               "(ไม่เกิน %2 บาท) กรุณาตรวจสอบว่าพิมพ์เลขศูนย์เกินหรือไม่")
                          .arg(formatMoney(entry.amount), formatMoney(kLargestOtherEntry))});
    const QString description = entry.description.trimmed();
    if (description.isEmpty())
        problems.append({kDescription, Text::tr("กรุณาใส่คำอธิบาย เช่น ซื้ออะไร จ่ายให้ใคร")});
    else if (description.size() > kLongestDescription)
        problems.append(
            {kDescription, Text::tr("คำอธิบายยาวเกิน %1 ตัวอักษร").arg(kLongestDescription)});
    return problems;
}

std::optional<Money> readAmount(const QString& text, FieldProblems& problems) {
    if (text.trimmed().isEmpty()) {
        problems.append({kAmount, Text::tr("กรุณาใส่จำนวนเงิน")});
        return std::nullopt;
    }
    try {
        return parseMoney(text.trimmed());
    } catch (const MoneyError& error) {
        problems.append({kAmount, error.message()});
        return std::nullopt;
    }
}

QList<Account> OtherEntries::selectableAccounts(const QString& organisationId,
                                                OtherEntryKind kind) {
    const AccountType wanted =
        kind == OtherEntryKind::Income ? AccountType::Income : AccountType::Expense;
    QList<Account> result;
    for (const Account& account : ChartOfAccounts(db_).accounts(organisationId))
        if (account.active && !account.perMember && account.type == wanted &&
            !comesThroughMeetings(account))
            result.append(account);
    return result;
}

FieldProblems OtherEntries::check(const OtherEntry& entry) {
    FieldProblems problems = validateOtherEntry(entry, today_);
    if (!entry.accountId.isEmpty()) {
        const QList<Account> allowed = selectableAccounts(entry.organisationId, entry.kind);
        const bool found = std::any_of(allowed.begin(), allowed.end(),
                                       [&](const Account& a) { return a.id == entry.accountId; });
        if (!found)
            problems.append({kAccount, Text::tr("บัญชีที่เลือกใช้กับรายการนี้ไม่ได้ "
                                                "กรุณาเลือกบัญชีจากรายการ")});
    }
    const AccountRole role = channelRole(entry.channel);
    if (!ChartOfAccounts(db_).byRole(entry.organisationId, role))
        problems.append({kChannel, role == AccountRole::Cash
                                       ? Text::tr("ผังบัญชีขององค์กรนี้ไม่มีบัญชีเงินสด")
                                       : Text::tr("ผังบัญชีขององค์กรนี้ไม่มีบัญชีเงินฝากธนาคาร")});
    if (entry.date.isValid() && Periods(db_).isClosed(entry.organisationId, entry.date))
        problems.append({kDate, closedMonthMessage(entry.date)});
    return problems;
}

PostedEntry OtherEntries::record(const OtherEntry& entry) {
    Transaction transaction(db_.connection());
    throwIfAny(check(entry));
    const QString through =
        ChartOfAccounts(db_).require(entry.organisationId, channelRole(entry.channel)).id;
    const bool income = entry.kind == OtherEntryKind::Income;
    const QString debited = income ? through : entry.accountId;
    const QString credited = income ? entry.accountId : through;
    const PostedEntry posted = Journal(db_).post({entry.organisationId,
                                                  entry.date,
                                                  entry.description.trimmed(),
                                                  QStringLiteral("other"),
                                                  {},
                                                  {{debited, entry.amount, Money(), {}, {}, {}},
                                                   {credited, Money(), entry.amount, {}, {}, {}}}});
    transaction.commit();
    return posted;
}

std::optional<PostedEntry> OtherEntries::findEntry(const QString& organisationId, const QDate& date,
                                                   int entryNo) {
    for (const PostedEntry& entry : Journal(db_).entries(organisationId, date, date))
        if (entry.entryNo == entryNo)
            return entry;
    return std::nullopt;
}

FieldProblems OtherEntries::checkReversal(const QString& entryId, const QDate& date,
                                          const QString& reason) {
    FieldProblems problems;
    const std::optional<PostedEntry> original = Journal(db_).find(entryId);
    if (!original) {
        problems.append({kEntry, Text::tr("ไม่พบรายการบัญชีที่จะกลับรายการ")});
        return problems;
    }
    const QVariant reversedBy = sql::scalar(
        db_.connection(),
        QStringLiteral("SELECT entry_no FROM journal_entries WHERE reverses_entry_id = ?"),
        {entryId});
    if (!original->reversesEntryId.isEmpty())
        problems.append({kEntry, Text::tr("รายการเลขที่ %1 เป็นรายการกลับรายการอยู่แล้ว จึงกลับซ้ำไม่ได้ "
                                          "หากต้องการแก้ไข ให้บันทึกรายการใหม่ที่ถูกต้อง")
                                     .arg(original->entryNo)});
    else if (reversedBy.isValid())
        problems.append({kEntry, Text::tr("รายการเลขที่ %1 ถูกกลับรายการไปแล้วโดยรายการเลขที่ %2")
                                     .arg(original->entryNo)
                                     .arg(reversedBy.toInt())});
    else if (original->source != QLatin1String("other") &&
             original->source != QLatin1String("manual"))
        problems.append({kEntry, Text::tr("รายการเลขที่ %1 มาจาก%2 จึงกลับรายการจากสมุดเงินสดไม่ได้ "
                                          "เพื่อให้ทะเบียนและบัญชีตรงกัน")
                                     .arg(original->entryNo)
                                     .arg(sourceLabel(original->source))});
    if (!date.isValid())
        problems.append({kDate, Text::tr("กรุณาใส่วันที่กลับรายการ")});
    else if (date < original->date)
        problems.append({kDate, Text::tr("วันที่กลับรายการต้องไม่ก่อนวันที่ของรายการเดิม (%1)")
                                    .arg(formatThaiDate(original->date))});
    else if (date > today_)
        problems.append({kDate, futureDateMessage(date)});
    else if (Periods(db_).isClosed(original->organisationId, date))
        problems.append({kDate, closedMonthMessage(date)});
    if (reason.trimmed().isEmpty())
        problems.append({kReason, Text::tr("กรุณาใส่เหตุผลของการกลับรายการ เพื่อให้ผู้ตรวจสอบเข้าใจ")});
    return problems;
}

PostedEntry OtherEntries::reverse(const QString& entryId, const QDate& date,
                                  const QString& reason) {
    Transaction transaction(db_.connection());
    throwIfAny(checkReversal(entryId, date, reason));
    const PostedEntry posted = Journal(db_).reverse(entryId, date, reason);
    transaction.commit();
    return posted;
}

}  // namespace thanrak
