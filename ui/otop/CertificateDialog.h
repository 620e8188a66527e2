#pragma once

#include "otop/OtopRecords.h"
#include "widgets/RecordDialog.h"

class QComboBox;
class QLineEdit;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

class ThaiDateEdit;

// A standard or certificate a product holds (อย., มผช., GMP ...), with its
// number, issuer and dates; an empty expiry means it does not run out.
class CertificateDialog : public RecordDialog {
    Q_OBJECT

public:
    CertificateDialog(Database& database, ProductCertificate certificate, QWidget* parent = nullptr);

protected:
    FieldProblems problems() override;
    void saveRecord() override;

private:
    ProductCertificate collect() const;

    Database& db_;
    ProductCertificate certificate_;
    QComboBox* standard_;
    QLineEdit* number_;
    QLineEdit* issuer_;
    ThaiDateEdit* issued_;
    ThaiDateEdit* expires_;
    QLineEdit* notes_;
};

}  // namespace thanrak::ui
