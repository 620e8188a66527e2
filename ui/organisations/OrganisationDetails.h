#pragma once

#include <QWidget>

class QCheckBox;
class QHBoxLayout;
class QLabel;
class QTabWidget;
class QTableView;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

class CommitteeTableModel;
class MemberTableModel;

// The chosen organisation's members and current committee, under the list.
class OrganisationDetails : public QWidget {
    Q_OBJECT

public:
    explicit OrganisationDetails(Database& database, QWidget* parent = nullptr);

    // Empty id: nothing chosen.
    void showOrganisation(const QString& id, const QString& name);
    void refresh();
    // Buttons that act on the chosen organisation, shown beside its name.
    void addHeaderButtons(const QList<QWidget*>& buttons);

    QTableView* membersView() const { return members_; }
    QTableView* committeeView() const { return committee_; }
    MemberTableModel* memberModel() const { return memberModel_; }

private:
    Database& db_;
    QString organisationId_;
    QLabel* heading_;
    QHBoxLayout* header_;
    QTabWidget* tabs_;
    QCheckBox* includeFormer_;
    MemberTableModel* memberModel_;
    CommitteeTableModel* committeeModel_;
    QTableView* members_;
    QTableView* committee_;
};

}  // namespace thanrak::ui
