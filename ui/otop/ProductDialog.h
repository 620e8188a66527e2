#pragma once

#include "otop/OtopRecords.h"
#include "widgets/RecordDialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

// Adds or edits a product: who makes it, its category, what it is and the
// story behind it, its unit, price and monthly capacity.
class ProductDialog : public RecordDialog {
    Q_OBJECT

public:
    ProductDialog(Database& database, OtopProduct product, QWidget* parent = nullptr);
    const OtopProduct& product() const { return product_; }

protected:
    FieldProblems problems() override;
    void saveRecord() override;

private:
    void buildForm();
    void load();
    std::optional<OtopProduct> collect(FieldProblems& problems) const;

    Database& db_;
    OtopProduct product_;
    QComboBox* producer_;
    QLineEdit* name_;
    QLineEdit* brand_;
    QComboBox* category_;
    QLineEdit* subGroup_;
    QLineEdit* unit_;
    QLineEdit* price_;
    QLineEdit* capacity_;
    QLineEdit* materials_;
    QLineEdit* packaging_;
    QPlainTextEdit* description_;
    QPlainTextEdit* story_;
};

}  // namespace thanrak::ui
