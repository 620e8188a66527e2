#pragma once

#include "cbmc/CbmcRecords.h"
#include "widgets/RecordDialog.h"

class QComboBox;
class QLineEdit;
class QListWidget;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

// A new community business plan: the organisation, a title and, when the
// organisation produces OTOP products, which of them the plan covers.
class NewPlanDialog : public RecordDialog {
    Q_OBJECT

public:
    NewPlanDialog(Database& database, QWidget* parent = nullptr);
    const BusinessPlan& plan() const { return plan_; }

protected:
    FieldProblems problems() override;
    void saveRecord() override;

private:
    BusinessPlan collect() const;
    void fillProducts();

    Database& db_;
    BusinessPlan plan_;
    QComboBox* organisation_;
    QLineEdit* title_;
    QListWidget* products_;
};

}  // namespace thanrak::ui
