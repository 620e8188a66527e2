#pragma once

#include "savings/GroupTab.h"
#include "savings/MemberCard.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

class ListTable;
class ThaiDateEdit;

// บัตรสมาชิก: pick a member on the left; on the right their savings, loans with
// schedules, sajja of the last twelve months and every receipt.
class MemberCardTab : public GroupTab {
    Q_OBJECT

public:
    explicit MemberCardTab(Database& database, QWidget* parent = nullptr);

    QString title() const override;
    void showOrganisation(const QString& organisationId) override;
    // Shows the card of this membership; false when it is not in the list.
    bool showMember(const QString& membershipId);

    QLineEdit* searchBox() const { return search_; }
    ListTable* memberList() const { return members_; }
    QLabel* summary() const { return summary_; }
    ListTable* loanList() const { return loans_; }
    ListTable* scheduleList() const { return schedule_; }
    ListTable* monthList() const { return months_; }
    ListTable* receiptList() const { return receipts_; }
    QPushButton* joinButton() const { return join_; }

    void joinMember();
    void changePledge();
    void leaveGroup();
    void editBeneficiaries();

private:
    QWidget* buildMemberSide();
    QWidget* buildCardSide();
    QWidget* buildActions();
    void loadCard();
    void fillSummary(const MemberCard& card);
    void fillLoans(const MemberCard& card);
    void fillSchedule();
    void fillMonths(const MemberCard& card);
    void fillReceipts(const MemberCard& card);

    Database& db_;
    QString organisationId_;
    QString membershipId_;
    QLineEdit* search_;
    ListTable* members_;
    ThaiDateEdit* asOf_;
    QLabel* summary_;
    QTabWidget* details_;
    ListTable* loans_;
    ListTable* schedule_;
    ListTable* months_;
    ListTable* receipts_;
    QList<MemberCardLoan> cardLoans_;
    QString cardName_;
    int cardShares_ = 0;
    QPushButton* join_;
    QPushButton* pledge_;
    QPushButton* leave_;
    QPushButton* beneficiaries_;
    QLabel* outcome_;
};

}  // namespace thanrak::ui
