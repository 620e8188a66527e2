#pragma once

#include "savings/MemberService.h"
#include "widgets/RecordDialog.h"

class QComboBox;
class QLineEdit;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

class PersonPicker;

// รับสมาชิกใหม่: a person joins the group with a monthly pledge; the entrance
// fee of the rules in force is received and numbered at once.
class JoinMemberDialog : public RecordDialog {
    Q_OBJECT

public:
    JoinMemberDialog(Database& database, const QString& organisationId, QWidget* parent = nullptr);

    PersonPicker* personPicker() const { return person_; }
    QLineEdit* sharesEdit() const { return shares_; }
    const Joined& result() const { return result_; }

protected:
    FieldProblems problems() override;
    void saveRecord() override;

private:
    JoinRequest collect(FieldProblems* problems) const;

    Database& db_;
    QString organisationId_;
    PersonPicker* person_;
    ThaiDateEdit* joined_;
    QLineEdit* shares_;
    QLineEdit* memberNo_;
    Joined result_;
};

// เปลี่ยนสัจจะ: a new monthly pledge from a date on; the old one stays in the history.
class PledgeDialog : public RecordDialog {
    Q_OBJECT

public:
    PledgeDialog(Database& database, const QString& membershipId, const QString& name,
                 int currentShares, QWidget* parent = nullptr);

protected:
    FieldProblems problems() override;
    void saveRecord() override;

private:
    Database& db_;
    QString membershipId_;
    ThaiDateEdit* from_;
    QLineEdit* shares_;
};

// ลาออก: open loans settled from savings first when the member agrees, the
// rest of savings and deposits paid out in cash.
class LeaveDialog : public RecordDialog {
    Q_OBJECT

public:
    LeaveDialog(Database& database, const QString& membershipId, const QString& name,
                QWidget* parent = nullptr);

    const Departure& result() const { return result_; }

protected:
    FieldProblems problems() override;
    void saveRecord() override;

private:
    Database& db_;
    QString membershipId_;
    ThaiDateEdit* day_;
    QComboBox* offset_;
    Departure result_;
};

}  // namespace thanrak::ui
