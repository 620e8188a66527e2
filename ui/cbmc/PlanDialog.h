#pragma once

#include "cbmc/CbmcRecords.h"
#include "widgets/RecordDialog.h"

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

// A community business plan made or edited: the organisation, a title, notes
// and, when the organisation produces OTOP products, which of them the plan
// covers. A new plan starts with an empty version 1 dated today.
class PlanDialog : public RecordDialog {
    Q_OBJECT

public:
    PlanDialog(Database& database, const BusinessPlan& plan = {}, QWidget* parent = nullptr);
    const BusinessPlan& plan() const { return plan_; }

protected:
    FieldProblems problems() override;
    void saveRecord() override;

private:
    BusinessPlan collect() const;
    void fillProducts(const QStringList& checked);
    QStringList checkedProducts() const;

    Database& db_;
    BusinessPlan plan_;
    QComboBox* organisation_;
    QLineEdit* title_;
    QPlainTextEdit* notes_;
    QListWidget* products_;
};

}  // namespace thanrak::ui
