#include "ledger/Account.h"

#include <QCoreApplication>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Ledger)
};
}  // namespace

namespace {
struct TypeInfo {
    AccountType type;
    const char* key;
};
constexpr TypeInfo kTypes[] = {{AccountType::Asset, "asset"},
                               {AccountType::Liability, "liability"},
                               {AccountType::Equity, "equity"},
                               {AccountType::Income, "income"},
                               {AccountType::Expense, "expense"}};

struct RoleInfo {
    AccountRole role;
    const char* key;
};
constexpr RoleInfo kRoles[] = {
    {AccountRole::Cash, "cash"},
    {AccountRole::Bank, "bank"},
    {AccountRole::LoansReceivable, "loans_receivable"},
    {AccountRole::MemberSavings, "member_savings"},
    {AccountRole::MemberDeposits, "member_deposits"},
    {AccountRole::MemberShares, "member_shares"},
    {AccountRole::AllocationPayable, "allocation_payable"},
    {AccountRole::HeadsPayable, "heads_payable"},
    {AccountRole::Reserve, "reserve"},
    {AccountRole::CurrentProfit, "current_profit"},
    {AccountRole::InterestIncome, "interest_income"},
    {AccountRole::FineIncome, "fine_income"},
    {AccountRole::FeeIncome, "fee_income"},
    {AccountRole::BankInterestIncome, "bank_interest_income"},
    {AccountRole::OtherIncome, "other_income"},
    {AccountRole::OtherExpense, "other_expense"},
};
}  // namespace

QString accountTypeKey(AccountType type) {
    for (const TypeInfo& info : kTypes)
        if (info.type == type)
            return QLatin1String(info.key);
    return {};
}

std::optional<AccountType> accountTypeFromKey(const QString& key) {
    for (const TypeInfo& info : kTypes)
        if (key == QLatin1String(info.key))
            return info.type;
    return std::nullopt;
}

QString accountTypeLabel(AccountType type) {
    switch (type) {
        case AccountType::Asset:
            return Text::tr("สินทรัพย์");
        case AccountType::Liability:
            return Text::tr("หนี้สิน");
        case AccountType::Equity:
            return Text::tr("ทุน");
        case AccountType::Income:
            return Text::tr("รายได้");
        case AccountType::Expense:
            return Text::tr("ค่าใช้จ่าย");
    }
    return {};
}

bool isDebitNormal(AccountType type) {
    return type == AccountType::Asset || type == AccountType::Expense;
}

QString accountRoleKey(AccountRole role) {
    for (const RoleInfo& info : kRoles)
        if (info.role == role)
            return QLatin1String(info.key);
    return {};
}

std::optional<AccountRole> accountRoleFromKey(const QString& key) {
    for (const RoleInfo& info : kRoles)
        if (key == QLatin1String(info.key))
            return info.role;
    return std::nullopt;
}

}  // namespace thanrak
