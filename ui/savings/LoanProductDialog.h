#pragma once

#include "savings/LoanProduct.h"
#include "widgets/RecordDialog.h"

class QComboBox;
class QLineEdit;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

// A kind of loan the group offers, new or edited. A contract keeps the terms
// it was made with, so editing a product never changes a loan already given.
class LoanProductDialog : public RecordDialog {
    Q_OBJECT

public:
    LoanProductDialog(Database& database, const QString& organisationId, const LoanProduct& product,
                      QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return name_; }
    QComboBox* methodBox() const { return method_; }

protected:
    FieldProblems problems() override;
    void saveRecord() override;

private:
    void buildForm();
    LoanProduct collect(FieldProblems* problems) const;

    Database& db_;
    QString organisationId_;
    LoanProduct product_;
    QLineEdit* name_;
    QLineEdit* multiple_;
    QLineEdit* cap_;
    QLineEdit* months_;
    QLineEdit* rate_;
    QComboBox* period_;
    QComboBox* method_;
    QLineEdit* threshold_;
    QLineEdit* guarantors_;
    QLineEdit* maxGuarantees_;
    QLineEdit* maxExposure_;
    QComboBox* active_;
};

}  // namespace thanrak::ui
