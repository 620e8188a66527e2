#pragma once

#include "savings/GroupRules.h"
#include "widgets/RecordDialog.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

class FineRuleEdit;

// ออกระเบียบฉบับใหม่: the committee's new version of the group's rules, started
// from the one in force. Saved versions are never edited, so contracts and
// allocation runs keep the rules they were made under.
class GroupRulesDialog : public RecordDialog {
    Q_OBJECT

public:
    GroupRulesDialog(Database& database, const QString& organisationId, const GroupRules& start,
                     QWidget* parent = nullptr);

    ThaiDateEdit* effectiveFrom() const { return from_; }
    QLineEdit* shareValue() const { return shareValue_; }
    QTableWidget* headsTable() const { return heads_; }

protected:
    FieldProblems problems() override;
    void saveRecord() override;

private:
    void buildForm();
    void fillHeads();
    void showHeadsSum();
    GroupRules collect(FieldProblems* unreadable) const;

    Database& db_;
    QString organisationId_;
    GroupRules start_;
    ThaiDateEdit* from_;
    QLineEdit* shareValue_;
    QLineEdit* minShares_;
    QLineEdit* maxShares_;
    QLineEdit* entranceFee_;
    QLineEdit* collectionDay_;
    FineRuleEdit* sajjaFine_;
    FineRuleEdit* instalmentFine_;
    QComboBox* deposits_;
    QLineEdit* missesLimit_;
    QTableWidget* heads_;
    QLabel* headsSum_;
    QComboBox* basis_;
    QComboBox* dividendOn_;
    QComboBox* rounding_;
};

}  // namespace thanrak::ui
