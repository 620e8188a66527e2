#pragma once

#include "savings/LoanService.h"
#include "widgets/RecordDialog.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

// คำขอกู้: a member asks for a loan of one of the group's products, with the
// guarantors the product needs. The form says at once what the committee's
// rules would refuse (cap, term, guarantors).
class LoanApplicationDialog : public RecordDialog {
    Q_OBJECT

public:
    LoanApplicationDialog(Database& database, const QString& organisationId,
                          const QString& membershipId, QWidget* parent = nullptr);

    QComboBox* memberBox() const { return member_; }
    QComboBox* productBox() const { return product_; }
    QLineEdit* amountEdit() const { return amount_; }
    QLineEdit* monthsEdit() const { return months_; }
    QComboBox* guarantorBox(int index) const { return guarantors_.at(index); }
    const Loan& loan() const { return loan_; }

protected:
    FieldProblems problems() override;
    void saveRecord() override;

private:
    void buildForm();
    void showProduct();
    LoanApplication collect(FieldProblems* problems) const;

    Database& db_;
    QString organisationId_;
    QComboBox* member_;
    QComboBox* product_;
    QLabel* productText_;
    ThaiDateEdit* appliedOn_;
    QLineEdit* amount_;
    QLineEdit* months_;
    QLineEdit* purpose_;
    QList<QComboBox*> guarantors_;
    Loan loan_;
};

}  // namespace thanrak::ui
