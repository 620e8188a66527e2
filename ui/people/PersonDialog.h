#pragma once

#include "domain/Person.h"
#include "widgets/RecordDialog.h"

class QComboBox;
class QLineEdit;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

class NationalIdEdit;
class PlaceFilterBar;
class ThaiDateEdit;

// เพิ่ม/แก้ไขข้อมูลบุคคล, in the order an ID card reads: title and names, ID
// number, birth date and phone on the left; the address (house, village,
// street, postcode) on the right.
class PersonDialog : public RecordDialog {
    Q_OBJECT

public:
    PersonDialog(Database& database, Person person, QWidget* parent = nullptr);

    const Person& person() const { return person_; }

protected:
    FieldProblems problems() override;
    void saveRecord() override;

private:
    void buildForm();
    void load();
    void villageChosen();
    Person collect() const;

    Database& db_;
    Person person_;
    QComboBox* title_;
    QLineEdit* firstName_;
    QLineEdit* lastName_;
    NationalIdEdit* nationalId_;
    ThaiDateEdit* birthDate_;
    QLineEdit* phone_;
    QLineEdit* houseNo_;
    PlaceFilterBar* village_;
    QLineEdit* addressLine_;
    QLineEdit* postcode_;
    QString suggestedPostcode_;
};

}  // namespace thanrak::ui
