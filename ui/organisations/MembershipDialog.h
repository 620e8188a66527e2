#pragma once

#include "domain/Membership.h"
#include "domain/Organisation.h"
#include "widgets/RecordDialog.h"

class QLineEdit;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

class PersonPicker;
class ThaiDateEdit;

// เพิ่มสมาชิก: find the person as you type, take the proposed member number,
// give the joining date.
class MembershipDialog : public RecordDialog {
    Q_OBJECT

public:
    MembershipDialog(Database& database, const Organisation& organisation,
                     QWidget* parent = nullptr);

    const Membership& membership() const { return membership_; }
    PersonPicker* personPicker() const { return person_; }

protected:
    FieldProblems problems() override;
    void saveRecord() override;

private:
    Membership collect() const;

    Database& db_;
    Membership membership_;
    PersonPicker* person_;
    QLineEdit* memberNo_;
    ThaiDateEdit* joined_;
};

}  // namespace thanrak::ui
