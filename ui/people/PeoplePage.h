#pragma once

#include "shell/ModulePage.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

class PersonMembershipModel;
class PersonTableModel;
class ThaiSortProxy;

// บุคคล: search by name, surname or ID as you type; the chosen person's
// memberships below.
class PeoplePage : public ModulePage {
    Q_OBJECT

public:
    explicit PeoplePage(Database& database, QWidget* parent = nullptr);

    QString title() const override;
    void refresh() override;

    QLineEdit* searchBox() const { return search_; }
    QTableView* table() const { return table_; }
    QTableView* membershipsView() const { return memberships_; }
    QString currentId() const;

    void addPerson();
    void editPerson();

private:
    QWidget* buildTop();
    void reload(const QString& keepId);
    void selectionChanged();
    int currentRow() const;

    Database& db_;
    QLineEdit* search_;
    QLabel* count_;
    QPushButton* edit_;
    PersonTableModel* model_;
    ThaiSortProxy* proxy_;
    QTableView* table_;
    QLabel* membershipHeading_;
    PersonMembershipModel* membershipModel_;
    QTableView* memberships_;
};

}  // namespace thanrak::ui
