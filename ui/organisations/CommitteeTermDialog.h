#pragma once

#include "domain/CommitteeTerm.h"
#include "domain/Organisation.h"
#include "widgets/RecordDialog.h"

class QComboBox;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

class PersonPicker;
class ThaiDateEdit;

// One seat on a committee for one term: which committee, which role, which
// member, from when to when. The end date follows the start (the core's
// default term) until the user types an end of their own.
class CommitteeTermDialog : public RecordDialog {
    Q_OBJECT

public:
    CommitteeTermDialog(Database& database, const Organisation& organisation,
                        QWidget* parent = nullptr);

protected:
    FieldProblems problems() override;
    void saveRecord() override;

private:
    void buildForm();
    CommitteeTerm collect() const;
    void startChanged();

    Database& db_;
    CommitteeTerm term_;
    QComboBox* committee_;
    QComboBox* role_;
    PersonPicker* person_;
    ThaiDateEdit* start_;
    ThaiDateEdit* end_;
    bool endTyped_ = false;
};

}  // namespace thanrak::ui
