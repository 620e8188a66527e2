#pragma once

#include "ledger/Journal.h"
#include "ledger/OtherEntries.h"
#include "widgets/RecordDialog.h"

class QComboBox;
class QLineEdit;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

class ThaiDateEdit;

// บันทึกรายรับ/รายจ่ายอื่น: income or expense, which account, when, how much,
// cash or bank, and what it was for. The core checks every change; บันทึก
// posts one balanced entry.
class OtherEntryDialog : public RecordDialog {
    Q_OBJECT

public:
    OtherEntryDialog(Database& database, const QString& organisationId, QWidget* parent = nullptr);

    // The entry made by บันทึก (valid after the dialog was accepted).
    const PostedEntry& posted() const { return posted_; }
    // Whether the money went through the cash box (shown in the cash book).
    bool throughCash() const;

protected:
    FieldProblems problems() override;
    void saveRecord() override;

private:
    void buildForm();
    void fillAccounts();
    OtherEntryKind kind() const;
    OtherEntry collect(Money amount) const;
    void tidyAmount();

    Database& db_;
    QString organisationId_;
    QComboBox* kind_;
    QComboBox* account_;
    ThaiDateEdit* date_;
    QLineEdit* amount_;
    QComboBox* channel_;
    QLineEdit* description_;
    PostedEntry posted_;
};

}  // namespace thanrak::ui
