#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace thanrak {

enum class AccountType { Asset, Liability, Equity, Income, Expense };

QString accountTypeKey(AccountType type);
std::optional<AccountType> accountTypeFromKey(const QString& key);
QString accountTypeLabel(AccountType type);
// Assets and expenses grow on the debit side; the others on the credit side.
bool isDebitNormal(AccountType type);

// What an account is for, so code can find "the cash account" of any
// organisation without knowing its chart's numbering.
enum class AccountRole {
    Cash,
    Bank,
    LoansReceivable,
    MemberSavings,       // เงินสัจจะสะสม
    MemberDeposits,      // เงินฝากสมาชิก
    MemberShares,        // ทุนเรือนหุ้น
    AllocationPayable,   // ปันผลและเฉลี่ยคืนค้างจ่าย
    HeadsPayable,        // ค่าตอบแทนกรรมการและเงินตามหมวดจัดสรรค้างจ่าย
    Reserve,             // ทุนสำรอง
    CurrentProfit,       // กำไรสุทธิประจำปีรอจัดสรร
    InterestIncome,
    FineIncome,
    FeeIncome,
    BankInterestIncome,
    OtherIncome,
    OtherExpense,
    // Village funds (DOMAIN.md §3)
    RiskFund,            // เงินกองทุนประกันความเสี่ยง, collected from borrowers
    ContractFeeIncome,   // ค่าธรรมเนียมสัญญาเงินกู้
    InterestExpense,     // ดอกเบี้ยจ่ายเงินกู้ยืมจากแหล่งภายนอก
    // One of each per capital pool, so never looked up by role alone.
    PoolBank,     // the pool's bank account (บัญชี 1, บัญชีโครงการ, ...)
    PoolCapital,  // government or project capital, own money, or the outside loan owed
    PoolLoans,    // loans lent to members from the pool
};

// Roles an organisation holds once per capital pool rather than once.
bool isPoolRole(AccountRole role);

QString accountRoleKey(AccountRole role);
std::optional<AccountRole> accountRoleFromKey(const QString& key);

struct Account {
    QString id;
    QString organisationId;
    QString code;
    QString name;
    AccountType type = AccountType::Asset;
    std::optional<AccountRole> role;
    bool perMember = false;  // lines must name the member (subsidiary ledger)
    bool active = true;
};

}  // namespace thanrak
