#pragma once

#include "ledger/Journal.h"
#include "widgets/RecordDialog.h"

class QLineEdit;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

class ThaiDateEdit;

// กลับรายการ: asks on which day and why an entry is reversed. The entry stays
// in the book; a mirror entry dated that day cancels it, with the reason kept
// for the auditors.
class CashBookReversalDialog : public RecordDialog {
    Q_OBJECT

public:
    // `amountText` says what the entry did to cash, e.g. "จ่าย 350.00 บาท".
    CashBookReversalDialog(Database& database, const PostedEntry& entry, const QString& amountText,
                           QWidget* parent = nullptr);

    // The reversing entry (valid after the dialog was accepted).
    const PostedEntry& posted() const { return posted_; }

protected:
    FieldProblems problems() override;
    void saveRecord() override;

private:
    Database& db_;
    PostedEntry entry_;
    ThaiDateEdit* date_;
    QLineEdit* reason_;
    PostedEntry posted_;
};

}  // namespace thanrak::ui
