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

class PersonPicker;
class PlaceFilterBar;
class ThaiDateEdit;

// Registers or edits an OTOP producer: its type, the organisation or person
// it is, where it is, who to call, and its registration.
class ProducerDialog : public RecordDialog {
    Q_OBJECT

public:
    ProducerDialog(Database& database, OtopProducer producer, QWidget* parent = nullptr);
    const OtopProducer& producer() const { return producer_; }

protected:
    FieldProblems problems() override;
    void saveRecord() override;

private:
    void buildForm();
    void load();
    OtopProducer collect() const;

    Database& db_;
    OtopProducer producer_;
    QComboBox* type_;
    QLineEdit* name_;
    QComboBox* organisation_;
    PersonPicker* person_;
    PlaceFilterBar* village_;
    QLineEdit* contact_;
    QLineEdit* phone_;
    QLineEdit* members_;
    ThaiDateEdit* registered_;
    QLineEdit* registrationNo_;
    QPlainTextEdit* notes_;
};

}  // namespace thanrak::ui
