#pragma once

#include "savings/GroupTab.h"
#include "savings/LoanRegister.h"

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

class ListTable;
class ThaiDateEdit;

// ทะเบียนเงินกู้: every contract of the group with what is outstanding, what
// is due and how many days it is overdue; searchable, sortable, and narrowed
// to the loans in arrears with one tick.
class LoanRegisterTab : public GroupTab {
    Q_OBJECT

public:
    enum Column {
        Contract,
        Member,
        Product,
        Disbursed,
        Amount,
        Outstanding,
        DueNow,
        DaysOverdue,
        Status,
        ColumnCount
    };

    explicit LoanRegisterTab(Database& database, QWidget* parent = nullptr);

    QString title() const override;
    void showOrganisation(const QString& organisationId) override;

    ListTable* table() const { return table_; }
    QCheckBox* arrearsOnly() const { return arrearsOnly_; }
    QLabel* totals() const { return totals_; }
    QPushButton* applyButton() const { return apply_; }
    QPushButton* decideButton() const { return decide_; }
    QPushButton* disburseButton() const { return disburse_; }
    QPushButton* repayButton() const { return repay_; }
    QPushButton* replaceButton() const { return replace_; }

    // The three steps of a loan, each through its form.
    void newApplication();
    void decideSelected();
    void disburseSelected();
    void repaySelected();
    void replaceSelected();

private:
    QWidget* buildActions();
    void reload();
    void selectionChanged();
    std::optional<LoanRegisterRow> selected() const;

    Database& db_;
    QString organisationId_;
    ThaiDateEdit* asOf_;
    QLineEdit* search_;
    QCheckBox* arrearsOnly_;
    ListTable* table_;
    QLabel* totals_;
    QLabel* outcome_;
    QPushButton* apply_;
    QPushButton* decide_;
    QPushButton* disburse_;
    QPushButton* repay_;
    QPushButton* replace_;
    QList<LoanRegisterRow> rows_;
};

}  // namespace thanrak::ui
