#pragma once

#include "domain/Organisation.h"
#include "widgets/RecordDialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

class PlaceFilterBar;
class ThaiDateEdit;

// เพิ่ม/แก้ไของค์กร.
class OrganisationDialog : public RecordDialog {
    Q_OBJECT

public:
    OrganisationDialog(Database& database, Organisation organisation, QWidget* parent = nullptr);

    // For a new organisation: start at the village the list is filtered to.
    void presetVillage(const QString& villageCode);
    // After exec(): the organisation as saved, with its id.
    const Organisation& organisation() const { return organisation_; }

protected:
    FieldProblems problems() override;
    void saveRecord() override;

private:
    void buildForm();
    void load();
    Organisation collect() const;

    Database& db_;
    Organisation organisation_;
    QComboBox* kind_;
    QLineEdit* code_;
    QLineEdit* name_;
    ThaiDateEdit* registered_;
    QLineEdit* registrationNo_;
    PlaceFilterBar* village_;
    QLineEdit* phone_;
    QPlainTextEdit* notes_;
};

}  // namespace thanrak::ui
