#pragma once

#include "savings/LoanReplacement.h"
#include "widgets/RecordDialog.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

// ต่อสัญญา / ปรับโครงสร้างหนี้: a new contract that settles an active one. The
// form shows what the old contract owes on the day and the least the new one
// may be; the new contract says which one it closed.
class ReplacementDialog : public RecordDialog {
    Q_OBJECT

public:
    ReplacementDialog(Database& database, const Loan& loan, const QString& borrower,
                      QWidget* parent = nullptr);

    QComboBox* kindBox() const { return kind_; }
    QLineEdit* amountEdit() const { return amount_; }
    ThaiDateEdit* dayEdit() const { return day_; }
    const Disbursement& result() const { return result_; }

protected:
    FieldProblems problems() override;
    void saveRecord() override;

private:
    void showQuote();

    Database& db_;
    Loan loan_;
    QComboBox* kind_;
    ThaiDateEdit* day_;
    QLabel* owed_;
    QLineEdit* amount_;
    QLineEdit* months_;
    QLineEdit* note_;
    std::optional<ReplacementQuote> quote_;
    QString suggested_;  // the amount last filled in for the user
    Disbursement result_;
};

}  // namespace thanrak::ui
