#pragma once

#include "fund/BankReconciliation.h"
#include "savings/GroupTab.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

class ListTable;
class ThaiDateEdit;

// กระทบยอดเงินฝากธนาคาร: the treasurer picks a pool, types the balance printed
// in the passbook on a day and ticks the book lines the passbook shows. The
// lines left unticked explain the difference; what they do not explain is
// shown in red until it is found (often bank interest, entered from here).
class ReconciliationTab : public GroupTab {
    Q_OBJECT

public:
    explicit ReconciliationTab(Database& database, QWidget* parent = nullptr);

    QString title() const override;
    void showOrganisation(const QString& organisationId) override;

    QComboBox* poolBox() const { return pool_; }
    ThaiDateEdit* dateEdit() const { return date_; }
    QLineEdit* balanceEdit() const { return balance_; }
    QTableWidget* lines() const { return lines_; }
    QLabel* summary() const { return summary_; }
    QPushButton* saveButton() const { return save_; }

    void recalculate();
    void save();
    void enterBankInterest();

private:
    QStringList ticked() const;
    void fillLines();
    void fillHistory();

    Database& db_;
    QString organisationId_;
    QComboBox* pool_;
    ThaiDateEdit* date_;
    QLineEdit* balance_;
    QTableWidget* lines_;
    QLabel* summary_;
    QPushButton* interest_;
    QPushButton* save_;
    ListTable* history_;
    std::optional<Reconciliation> current_;
};

}  // namespace thanrak::ui
