#pragma once

#include "savings/LoanService.h"
#include "widgets/RecordDialog.h"

class QComboBox;
class QLineEdit;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

// The loan committee's decision on an application: approve an amount (not
// more than asked) or refuse, on the date of its meeting.
class LoanDecisionDialog : public RecordDialog {
    Q_OBJECT

public:
    LoanDecisionDialog(Database& database, const Loan& loan, const QString& borrower,
                       QWidget* parent = nullptr);

    QComboBox* decisionBox() const { return decision_; }
    QLineEdit* amountEdit() const { return amount_; }

protected:
    FieldProblems problems() override;
    void saveRecord() override;

private:
    Database& db_;
    Loan loan_;
    QComboBox* decision_;
    ThaiDateEdit* meeting_;
    QLineEdit* amount_;
    QLineEdit* note_;
};

// จ่ายเงินกู้: hands an approved loan over in cash or in kind on a day; the
// contract is numbered and its schedule fixed then.
class DisbursementDialog : public RecordDialog {
    Q_OBJECT

public:
    DisbursementDialog(Database& database, const Loan& loan, const QString& borrower,
                       QWidget* parent = nullptr);

    const Disbursement& result() const { return result_; }

protected:
    FieldProblems problems() override;
    void saveRecord() override;

private:
    Database& db_;
    Loan loan_;
    ThaiDateEdit* day_;
    QComboBox* kind_;
    QLineEdit* goods_;
    Disbursement result_;
};

}  // namespace thanrak::ui
