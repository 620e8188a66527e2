#pragma once

#include "shell/ModulePage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

class OrganisationDetails;
class OrganisationTableModel;
class PlaceFilterBar;
class ThaiSortProxy;

// องค์กร: every group, fund and enterprise of the district, narrowed by place,
// kind and name; the chosen one's members and committee below.
class OrganisationsPage : public ModulePage {
    Q_OBJECT

public:
    explicit OrganisationsPage(Database& database, QWidget* parent = nullptr);

    QString title() const override;
    void refresh() override;

    PlaceFilterBar* placeFilter() const { return places_; }
    QTableView* table() const { return table_; }
    OrganisationDetails* details() const { return details_; }
    // Id of the chosen organisation, or empty.
    QString currentId() const;

    void addOrganisation();
    void editOrganisation();
    void addMember();
    void openCommittee();

private:
    QWidget* buildFilters();
    void buildButtons();
    void reload(const QString& keepId);
    void selectionChanged();
    int currentRow() const;

    Database& db_;
    PlaceFilterBar* places_;
    QComboBox* kind_;
    QLineEdit* search_;
    QLabel* count_;
    OrganisationTableModel* model_;
    ThaiSortProxy* proxy_;
    QTableView* table_;
    OrganisationDetails* details_;
    QPushButton* add_ = nullptr;
    QPushButton* edit_ = nullptr;
    QPushButton* member_ = nullptr;
    QPushButton* committee_ = nullptr;
};

}  // namespace thanrak::ui
