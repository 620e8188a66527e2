#pragma once

#include "ledger/Account.h"

#include <QList>
#include <optional>

namespace thanrak {

class Database;

struct AccountTemplate {
    QString code;
    QString name;
    AccountType type;
    std::optional<AccountRole> role;
    bool perMember = false;
};

// The chart a savings group for production starts with: cash and bank, the
// members' subsidiary accounts (savings, deposits, loans), allocation
// payables, reserve, and the usual income and expense heads. Groups can add
// accounts of their own.
QList<AccountTemplate> savingsGroupChart();

class ChartOfAccounts {
public:
    explicit ChartOfAccounts(Database& database) : db_(database) {}

    // Creates the default chart for an organisation that has no accounts yet;
    // returns how many accounts were made (0 when it already had a chart).
    int installDefault(const QString& organisationId);
    // Adds the templates whose code the organisation does not have yet (a
    // village fund's extra accounts); returns how many were made.
    int installMissing(const QString& organisationId, const QList<AccountTemplate>& templates);
    QList<Account> accounts(const QString& organisationId);
    std::optional<Account> find(const QString& accountId);
    std::optional<Account> byRole(const QString& organisationId, AccountRole role);
    // byRole, or a LedgerError naming the missing account in Thai.
    Account require(const QString& organisationId, AccountRole role);
    // Adds a group's own account (unique code within the organisation).
    void add(Account& account);

private:
    Database& db_;
};

}  // namespace thanrak
