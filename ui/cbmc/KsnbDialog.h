#pragma once

#include "cbmc/CbmcRecords.h"
#include "widgets/RecordDialog.h"

class QComboBox;
class QLineEdit;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

class PersonPicker;
class ThaiDateEdit;

// One capacity-building item (KSNB) of a plan: its kind, topic, activity,
// dates, who is responsible and how far it has got.
class KsnbDialog : public RecordDialog {
    Q_OBJECT

public:
    KsnbDialog(Database& database, const KsnbItem& item, QWidget* parent = nullptr);

protected:
    FieldProblems problems() override;
    void saveRecord() override;

private:
    KsnbItem collect() const;

    Database& db_;
    KsnbItem item_;
    QComboBox* kind_;
    QLineEdit* topic_;
    QLineEdit* activity_;
    ThaiDateEdit* start_;
    ThaiDateEdit* end_;
    PersonPicker* person_;
    QLineEdit* responsible_;
    QComboBox* status_;
};

}  // namespace thanrak::ui
