#pragma once

#include "shell/ModulePage.h"

#include "domain/Organisation.h"

#include <QList>

class QComboBox;
class QTabWidget;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

class GroupTab;

// กลุ่มออมทรัพย์: the treasurer picks a group once and works through its tabs —
// meeting day, member cards, loans, cash book, trial balance, year end.
class GroupPage : public ModulePage {
    Q_OBJECT

public:
    explicit GroupPage(Database& database, QWidget* parent = nullptr);

    QString title() const override;
    void refresh() override;

    QComboBox* groupChooser() const { return chooser_; }
    QTabWidget* tabs() const { return tabs_; }
    QString currentGroupId() const;
    // Chooses the group with this organisation id; false when it is not listed.
    bool showGroup(const QString& organisationId);
    template <class Tab>
    Tab* tab() const {
        for (GroupTab* t : tabList_)
            if (auto* wanted = qobject_cast<Tab*>(t))
                return wanted;
        return nullptr;
    }

protected:
    // An empty page listing the organisations of `kind`; the caller adds tabs.
    GroupPage(Database& database, OrganisationKind kind, const QString& chooserLabel,
              QWidget* parent);
    void addTab(GroupTab* tab);
    void fillGroups();

private:
    void groupChosen();

    Database& db_;
    OrganisationKind kind_;
    QComboBox* chooser_;
    QTabWidget* tabs_;
    QList<GroupTab*> tabList_;
};

}  // namespace thanrak::ui
