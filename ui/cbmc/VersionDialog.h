#pragma once

#include "cbmc/CbmcRecords.h"
#include "widgets/RecordDialog.h"

class QLineEdit;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

class ThaiDateEdit;

// A version's date and note corrected; its cards are edited on the canvas.
class VersionDialog : public RecordDialog {
    Q_OBJECT

public:
    VersionDialog(Database& database, const PlanVersion& version, QWidget* parent = nullptr);

protected:
    FieldProblems problems() override;
    void saveRecord() override;

private:
    PlanVersion collect() const;

    Database& db_;
    PlanVersion version_;
    ThaiDateEdit* dated_;
    QLineEdit* note_;
};

}  // namespace thanrak::ui
