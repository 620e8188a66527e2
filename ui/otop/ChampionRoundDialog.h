#pragma once

#include "otop/OtopRecords.h"
#include "widgets/RecordDialog.h"

class QLineEdit;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

// A Product Champion round's parts, full marks and star thresholds, as the
// province announced them; saving restars every rating of the round.
class ChampionRoundDialog : public RecordDialog {
    Q_OBJECT

public:
    ChampionRoundDialog(Database& database, ChampionRound round, QWidget* parent = nullptr);
    const ChampionRound& round() const { return round_; }

protected:
    FieldProblems problems() override;
    void saveRecord() override;

private:
    std::optional<ChampionRound> collect(FieldProblems& problems) const;

    Database& db_;
    ChampionRound round_;
    QLineEdit* title_;
    QLineEdit* names_[3];
    QLineEdit* maxima_[3];
    QLineEdit* minima_[4];  // five, four, three, two stars
};

}  // namespace thanrak::ui
