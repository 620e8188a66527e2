#pragma once

#include "savings/GroupTab.h"

class QLabel;
class QPushButton;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

class EntryTable;
class MeetingSheetModel;
class ThaiDateEdit;

// วันสัจจะ: every active member with the sajja and instalments due, amounts
// typed with the keyboard, running totals, and one button that posts the
// whole meeting and numbers a receipt for each payer.
class MeetingDayTab : public GroupTab {
    Q_OBJECT

public:
    explicit MeetingDayTab(Database& database, QWidget* parent = nullptr);

    QString title() const override;
    void showOrganisation(const QString& organisationId) override;

    ThaiDateEdit* meetingDate() const { return date_; }
    EntryTable* table() const { return table_; }
    MeetingSheetModel* sheetModel() const { return model_; }
    QPushButton* postButton() const { return post_; }
    QLabel* totalsLabel() const { return totals_; }
    QLabel* messageLabel() const { return message_; }

    // Asks to confirm, then posts; true when the meeting was written.
    bool postMeeting();

signals:
    // The meeting was written; `summary` names the receipts and the sum.
    void posted(const QString& summary);

private:
    QWidget* buildTop();
    QWidget* buildBottom();
    void reload();
    void showTotals();
    void showMessage(const QString& text, bool problem);
    void clearCurrentRow();

    Database& db_;
    QString organisationId_;
    ThaiDateEdit* date_;
    QLabel* monthLabel_;
    QLabel* message_;
    MeetingSheetModel* model_;
    EntryTable* table_;
    QLabel* totals_;
    QPushButton* absent_;
    QPushButton* post_;
};

}  // namespace thanrak::ui
