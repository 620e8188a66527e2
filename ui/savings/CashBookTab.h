#pragma once

#include "savings/GroupTab.h"

#include <QDate>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

class CashBookModel;
class ThaiDateEdit;
class ThaiSortProxy;

// สมุดเงินสด: every receipt and payment of cash between two dates (this month
// at first), with the balance brought forward above and the balance carried
// forward below. Other income and expenses are recorded from here, and a
// mistaken entry is reversed (never edited).
class CashBookTab : public GroupTab {
    Q_OBJECT

public:
    explicit CashBookTab(Database& database, QWidget* parent = nullptr);

    QString title() const override;
    void showOrganisation(const QString& organisationId) override;

    // Shows the days from `from` to `to` (inclusive).
    void setRange(const QDate& from, const QDate& to);

    QTableView* table() const { return table_; }
    QLineEdit* searchBox() const { return search_; }
    CashBookModel* model() const { return model_; }
    QLabel* openingLabel() const { return opening_; }
    QLabel* closingLabel() const { return closing_; }

    // The buttons' actions, for the keyboard and for tests.
    void recordOtherEntry();
    void reverseSelected();

private:
    QWidget* buildRangeRow();
    QWidget* buildSearchRow();
    void rangeEdited();
    void stepMonth(int months);
    void reload(int keepEntryNo = 0);
    void selectEntry(int entryNo);
    int currentRow() const;
    void selectionChanged();

    Database& db_;
    QString organisationId_;
    QDate from_;
    QDate to_;
    ThaiDateEdit* fromEdit_;
    ThaiDateEdit* toEdit_;
    QLineEdit* search_;
    QLabel* count_;
    QLabel* opening_;
    QLabel* closing_;
    QLabel* notice_;
    QPushButton* record_;
    QPushButton* reverse_;
    CashBookModel* model_;
    ThaiSortProxy* proxy_;
    QTableView* table_;
    QList<QPushButton*> monthButtons_;  // ◀ เดือนก่อน, เดือนถัดไป ▶
};

}  // namespace thanrak::ui
