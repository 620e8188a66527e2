#pragma once

#include "savings/RepaymentService.h"
#include "widgets/RecordDialog.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

// รับชำระเงินกู้นอกวันประชุม: a member pays an instalment, part of one, or the
// whole loan early; the money goes fine → interest → principal and a numbered
// receipt is issued.
class RepaymentDialog : public RecordDialog {
    Q_OBJECT

public:
    RepaymentDialog(Database& database, const Loan& loan, const QString& borrower,
                    QWidget* parent = nullptr);

    QLineEdit* amountEdit() const { return amount_; }
    QPushButton* payoffButton() const { return payoff_; }
    const Repayment& result() const { return result_; }

protected:
    FieldProblems problems() override;
    void saveRecord() override;

private:
    void showStanding();

    Database& db_;
    Loan loan_;
    ThaiDateEdit* day_;
    QLabel* standing_;
    QLineEdit* amount_;
    QPushButton* payoff_;
    Repayment result_;
};

}  // namespace thanrak::ui
