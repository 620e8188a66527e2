#pragma once

#include "savings/BeneficiaryRepository.h"
#include "widgets/RecordDialog.h"

class QLabel;
class QTableWidget;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

// ผู้รับประโยชน์ (ผู้รับโอนประโยชน์): who receives the member's money if the member dies, with
// shares that must add up to exactly 100 %.
class BeneficiariesDialog : public RecordDialog {
    Q_OBJECT

public:
    BeneficiariesDialog(Database& database, const QString& membershipId, const QString& name,
                        QWidget* parent = nullptr);

    QTableWidget* table() const { return table_; }

protected:
    FieldProblems problems() override;
    void saveRecord() override;

private:
    QList<Beneficiary> collect(FieldProblems* problems) const;

    Database& db_;
    QString membershipId_;
    QTableWidget* table_;
};

}  // namespace thanrak::ui
