#pragma once

#include "exchange/BundleImport.h"
#include "shell/ModulePage.h"

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

class ConflictsPanel;
class ListTable;
class PlaceFilterBar;

// รับส่งข้อมูล: bundles carried between village PCs and the district office on a
// USB stick or sent over LINE. Export the whole file, a tambon, a village or
// one organisation; import a bundle after seeing what it would change; see
// when each organisation's data last arrived, decide conflicts, and read the
// history of bundles sent and received. Member lists from Excel come in
// through the wizard behind นำเข้ารายชื่อจาก Excel…. The work is the core's
// (src/exchange); this page collects choices and shows results.
class ExchangePage : public ModulePage {
    Q_OBJECT

public:
    explicit ExchangePage(Database& database, QWidget* parent = nullptr);

    QString title() const override;
    void refresh() override;

    // Without file dialogs, for the buttons and for tests.
    bool exportTo(const QString& path);
    bool importFrom(const QString& path);
    // Asked with the dry run's summary before anything is written; by default
    // the preview dialog. Tests replace it.
    std::function<bool(const ImportSummary&)> confirmImport;

    PlaceFilterBar* places() const { return places_; }
    QComboBox* organisationCombo() const { return organisation_; }
    QPushButton* exportButton() const { return export_; }
    QPushButton* importButton() const { return import_; }
    QPushButton* peopleButton() const { return people_; }
    QLabel* outcome() const { return outcome_; }
    QTabWidget* tabs() const { return tabs_; }
    ListTable* arrivals() const { return arrivals_; }
    ListTable* history() const { return history_; }
    ConflictsPanel* conflicts() const { return conflicts_; }

private:
    void fillOrganisations();
    void reloadLists();
    void chooseExportFile();
    void chooseImportFile();
    void importPeople();
    void tell(const QString& text, bool problem);

    Database& db_;
    PlaceFilterBar* places_;
    QComboBox* organisation_;
    QPushButton* export_;
    QPushButton* import_;
    QPushButton* people_;
    QLabel* outcome_;
    QTabWidget* tabs_;
    QLabel* arrivalSummary_;
    ListTable* arrivals_;
    ConflictsPanel* conflicts_;
    ListTable* history_;
};

}  // namespace thanrak::ui
