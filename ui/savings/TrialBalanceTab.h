#pragma once

#include "savings/GroupTab.h"

class QLabel;
class QTableView;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

class ThaiDateEdit;
class TrialBalanceModel;

// งบทดลอง: every account's debits, credits and balance up to a day (today at
// first), the totals, and in plain words whether the two sides agree.
class TrialBalanceTab : public GroupTab {
    Q_OBJECT

public:
    explicit TrialBalanceTab(Database& database, QWidget* parent = nullptr);

    QString title() const override;
    void showOrganisation(const QString& organisationId) override;

    void setAsOf(const QDate& day);

    QTableView* table() const { return table_; }
    TrialBalanceModel* model() const { return model_; }
    QLabel* statusLabel() const { return status_; }

private:
    void reload();

    Database& db_;
    QString organisationId_;
    ThaiDateEdit* asOf_;
    QLabel* status_;
    TrialBalanceModel* model_;
    QTableView* table_;
};

}  // namespace thanrak::ui
