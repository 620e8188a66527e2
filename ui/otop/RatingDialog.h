#pragma once

#include "otop/OtopRecords.h"
#include "widgets/RecordDialog.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

class ThaiDateEdit;

// A product's scores in one OTOP Product Champion round. The three parts
// are named and capped by the round; the total and the stars it earns under
// that round's thresholds show as the scores are typed.
class RatingDialog : public RecordDialog {
    Q_OBJECT

public:
    RatingDialog(Database& database, const QString& productId, const QString& productName,
                 int year, QWidget* parent = nullptr);

protected:
    FieldProblems problems() override;
    void saveRecord() override;

private:
    void fillRounds(int year);
    void roundChosen();
    void editRound();
    std::optional<ProductRating> collect(FieldProblems& problems) const;
    ChampionRound currentRound() const;

    Database& db_;
    QString productId_;
    QList<ChampionRound> rounds_;
    QComboBox* round_;
    QLabel* thresholds_;
    QLabel* partLabels_[3];
    QLineEdit* parts_[3];
    QLabel* result_;
    QComboBox* tier_;
    ThaiDateEdit* ratedOn_;
    QLineEdit* notes_;
};

}  // namespace thanrak::ui
