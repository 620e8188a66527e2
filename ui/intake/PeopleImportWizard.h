#pragma once

#include "intake/IntakeMapping.h"
#include "intake/PeopleIntake.h"
#include "intake/SheetFile.h"

#include <QMap>
#include <QWizard>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

class ListTable;
class ThaiDateEdit;

// นำเข้ารายชื่อจาก Excel: a member list saved from Excel as CSV or text goes
// into an organisation in three steps. (1) the file: organisation, file,
// encoding and delimiter (detected, changeable), which row holds the column
// names, and a preview; (2) which column is which, B.E. or C.E. years and the
// day savings are brought forward (remembered per organisation); (3) every
// row checked, each problem listed by row and column. Only clean rows go in,
// when the user presses นำเข้า; ยกเลิก at any step writes nothing.
class PeopleImportWizard : public QWizard {
    Q_OBJECT

public:
    enum PageId { FilePage, MappingPage, CheckPage };

    explicit PeopleImportWizard(Database& database, QWidget* parent = nullptr);

    void setFilePath(const QString& path);
    void chooseOrganisation(const QString& organisationId);

    QComboBox* organisationCombo() const { return organisation_; }
    QComboBox* encodingCombo() const { return encoding_; }
    QLabel* fileStatus() const { return fileStatus_; }
    ListTable* preview() const { return preview_; }
    QComboBox* fieldCombo(IntakeField field) const { return fields_.value(field); }
    QRadioButton* commonEraButton() const { return commonEra_; }
    ThaiDateEdit* openingDate() const { return opening_; }
    QLabel* checkSummary() const { return checkSummary_; }
    ListTable* problems() const { return problems_; }
    // What was written when the user pressed นำเข้า, if anything.
    const std::optional<IntakeResult>& result() const { return result_; }

    bool validateCurrentPage() override;
    void initializePage(int id) override;

private:
    QWizardPage* makeFilePage();
    QWizardPage* makeMappingPage();
    QWizardPage* makeCheckPage();
    void readFile();
    void showMapping();
    IntakeMapping currentMapping() const;
    void check();

    Database& db_;
    QComboBox* organisation_;
    QLineEdit* path_;
    QComboBox* encoding_;
    QComboBox* delimiter_;
    QSpinBox* headerRow_;
    QLabel* fileStatus_;
    ListTable* preview_ = nullptr;
    QMap<IntakeField, QComboBox*> fields_;
    QRadioButton* buddhistEra_;
    QRadioButton* commonEra_;
    ThaiDateEdit* opening_;
    QLabel* checkSummary_;
    ListTable* problems_;
    std::optional<Sheet> sheet_;
    IntakePlan plan_;
    std::optional<IntakeResult> result_;
};

}  // namespace thanrak::ui
