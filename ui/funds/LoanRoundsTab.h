#pragma once

#include "fund/LoanRoundService.h"
#include "savings/GroupTab.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

class ListTable;

// รอบการให้กู้: the committee's rounds; for the chosen round, every
// application with what was asked, approved and paid, and the steps from
// application to contract. The totals say how much of the pool is promised.
class LoanRoundsTab : public GroupTab {
    Q_OBJECT

public:
    enum Column { Member, Applied, Requested, Approved, Contract, Status, Note, ColumnCount };

    explicit LoanRoundsTab(Database& database, QWidget* parent = nullptr);

    QString title() const override;
    void showOrganisation(const QString& organisationId) override;

    QComboBox* roundBox() const { return round_; }
    ListTable* table() const { return table_; }
    QLabel* totals() const { return totals_; }
    QLabel* outcome() const { return outcome_; }

    void openRound();
    void applyInRound();
    void decideSelected();
    void disburseSelected();
    void closeRound();

private:
    QWidget* buildActions();
    void fillRounds();
    void reload();
    void selectionChanged();
    std::optional<RoundLine> selected() const;
    void tell(const QString& text);

    Database& db_;
    QString organisationId_;
    QComboBox* round_;
    ListTable* table_;
    QLabel* totals_;
    QLabel* outcome_;
    QPushButton* open_;
    QPushButton* apply_;
    QPushButton* decide_;
    QPushButton* disburse_;
    QPushButton* close_;
    std::optional<RoundSheet> sheet_;
};

}  // namespace thanrak::ui
