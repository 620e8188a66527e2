#include "ledger/Account.h"

#include "base/EnumKeys.h"

#include <QCoreApplication>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Ledger)
};
}  // namespace

namespace {
constexpr EnumKeys<AccountType, 5> kTypes({{{AccountType::Asset, "asset"},
                                            {AccountType::Liability, "liability"},
                                            {AccountType::Equity, "equity"},
                                            {AccountType::Income, "income"},
                                            {AccountType::Expense, "expense"}}});

constexpr EnumKeys<AccountRole, 22> kRoles({{{AccountRole::Cash, "cash"},
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
                                             {AccountRole::BankInterestIncome,
                                              "bank_interest_income"},
                                             {AccountRole::OtherIncome, "other_income"},
                                             {AccountRole::OtherExpense, "other_expense"},
                                             {AccountRole::RiskFund, "risk_fund"},
                                             {AccountRole::ContractFeeIncome, "contract_fee_income"},
                                             {AccountRole::InterestExpense, "interest_expense"},
                                             {AccountRole::PoolBank, "pool_bank"},
                                             {AccountRole::PoolCapital, "pool_capital"},
                                             {AccountRole::PoolLoans, "pool_loans"}}});
}  // namespace

QString accountTypeKey(AccountType type) {
    return kTypes.key(type);
}

std::optional<AccountType> accountTypeFromKey(const QString& key) {
    return kTypes.fromKey(key);
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

bool isPoolRole(AccountRole role) {
    return role == AccountRole::PoolBank || role == AccountRole::PoolCapital ||
           role == AccountRole::PoolLoans;
}

bool isDebitNormal(AccountType type) {
    return type == AccountType::Asset || type == AccountType::Expense;
}

QString accountRoleKey(AccountRole role) {
    return kRoles.key(role);
}

std::optional<AccountRole> accountRoleFromKey(const QString& key) {
    return kRoles.fromKey(key);
}

}  // namespace thanrak
