#pragma once

#include "cbmc/CbmcRecords.h"
#include "widgets/RecordDialog.h"

class QComboBox;
class QLineEdit;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

class ThaiDateEdit;

// Where a plan stands in one of the four steps: status, dates and notes.
class StepDialog : public RecordDialog {
    Q_OBJECT

public:
    StepDialog(Database& database, const PlanStepState& state, QWidget* parent = nullptr);

protected:
    FieldProblems problems() override;
    void saveRecord() override;

private:
    PlanStepState collect() const;

    Database& db_;
    PlanStepState state_;
    QComboBox* status_;
    ThaiDateEdit* started_;
    ThaiDateEdit* finished_;
    QLineEdit* notes_;
};

}  // namespace thanrak::ui
