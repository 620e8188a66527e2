#pragma once

#include "savings/AllocationRun.h"
#include "savings/GroupTab.h"

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

class ListTable;
class ThaiDateEdit;

// ปิดบัญชีสิ้นปี: net profit of the year and its allocation as a draft the
// committee reviews and may recalculate, then posted on the date the meeting
// approved it, each member's share paid in cash or added to their savings.
class YearEndTab : public GroupTab {
    Q_OBJECT

public:
    explicit YearEndTab(Database& database, QWidget* parent = nullptr);

    QString title() const override;
    void showOrganisation(const QString& organisationId) override;

    QComboBox* yearBox() const { return year_; }
    QPushButton* draftButton() const { return draft_; }
    QPushButton* postButton() const { return post_; }
    ThaiDateEdit* approvedOn() const { return approvedOn_; }
    QComboBox* payoutBox() const { return payout_; }
    QLabel* summary() const { return summary_; }
    ListTable* headList() const { return heads_; }
    ListTable* memberList() const { return members_; }

    void makeDraft();
    bool postRun();
    // Pays the selected member the other way (cash or savings) from the rest.
    void switchSelectedPayout();

private:
    QWidget* buildTop();
    QWidget* buildPostBar();
    void fillYears();
    void reload();
    void showRun();
    PayoutChoice choice() const;

    Database& db_;
    QString organisationId_;
    std::optional<AllocationRun> run_;
    QHash<QString, PayoutMethod> overrides_;
    QHash<QString, QString> names_;
    QHash<QString, QString> memberNos_;
    QComboBox* year_;
    QPushButton* draft_;
    QLabel* summary_;
    ListTable* heads_;
    ListTable* members_;
    ThaiDateEdit* approvedOn_;
    QComboBox* payout_;
    QPushButton* switch_;
    QPushButton* post_;
};

}  // namespace thanrak::ui
