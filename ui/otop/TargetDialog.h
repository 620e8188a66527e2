#pragma once

#include "otop/OtopRecords.h"
#include "widgets/RecordDialog.h"

class QLineEdit;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

// A product's sales target for a year, in baht and optionally in units.
class TargetDialog : public RecordDialog {
    Q_OBJECT

public:
    TargetDialog(Database& database, const OtopProduct& product, int year, QWidget* parent = nullptr);

protected:
    FieldProblems problems() override;
    void saveRecord() override;

private:
    std::optional<SalesTarget> collect(FieldProblems& problems) const;

    Database& db_;
    SalesTarget target_;
    QLineEdit* year_;
    QLineEdit* amount_;
    QLineEdit* quantity_;
};

}  // namespace thanrak::ui
