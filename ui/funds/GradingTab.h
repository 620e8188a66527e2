#pragma once

#include "fund/GradeRepository.h"
#include "savings/GroupTab.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

class ListTable;
class ThaiDateEdit;

// ผลการประเมินกองทุน: the year's scorecard, one row per criterion of the
// scheme with its score and evidence; the total, percentage and grade follow
// as the officer types. Earlier years' grades are listed below.
class GradingTab : public GroupTab {
    Q_OBJECT

public:
    enum Column { Criterion, MaxScore, Score, Evidence, ColumnCount };

    explicit GradingTab(Database& database, QWidget* parent = nullptr);

    QString title() const override;
    void showOrganisation(const QString& organisationId) override;

    QComboBox* yearBox() const { return year_; }
    QTableWidget* scoreTable() const { return scores_; }
    QLabel* result() const { return result_; }
    QPushButton* saveButton() const { return save_; }

    void save();

private:
    void loadYear();
    void recalculate();
    QList<CriterionScore> collect(bool* readable) const;
    void fillHistory();

    Database& db_;
    QString organisationId_;
    GradingScheme scheme_;
    QComboBox* year_;
    ThaiDateEdit* assessedOn_;
    QLineEdit* assessor_;
    QLabel* hint_;
    QTableWidget* scores_;
    QLabel* result_;
    QPushButton* save_;
    ListTable* history_;
};

}  // namespace thanrak::ui
