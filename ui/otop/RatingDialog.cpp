#include "otop/RatingDialog.h"

#include "otop/ChampionRepository.h"
#include "otop/OtopRules.h"
#include "otop/ChampionRoundDialog.h"
#include "thai/ThaiDate.h"
#include "widgets/FieldForm.h"
#include "widgets/FormNumbers.h"
#include "widgets/ThaiDateEdit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace thanrak::ui {

RatingDialog::RatingDialog(Database& database, const QString& productId,
                           const QString& productName, int year, QWidget* parent)
    : RecordDialog(tr("บันทึกผลการคัดสรรสุดยอดหนึ่งตำบล หนึ่งผลิตภัณฑ์"), parent),
      db_(database),
      productId_(productId),
      round_(new QComboBox(this)),
      thresholds_(new QLabel(this)),
      result_(new QLabel(this)),
      tier_(new QComboBox(this)),
      ratedOn_(new ThaiDateEdit(this)),
      notes_(new QLineEdit(this)) {
    round_->setObjectName(QStringLiteral("ratingRound"));
    result_->setObjectName(QStringLiteral("ratingResult"));
    auto* heading = new QLabel(tr("ผลิตภัณฑ์: %1").arg(productName), this);
    heading->setWordWrap(true);
    body()->insertWidget(0, heading);
    auto* roundRow = new QWidget(this);
    auto* roundLayout = new QHBoxLayout(roundRow);
    roundLayout->setContentsMargins(0, 0, 0, 0);
    auto* edit = new QPushButton(tr("เกณฑ์ของรอบ…"), roundRow);
    roundLayout->addWidget(round_, 1);
    roundLayout->addWidget(edit);
    form()->addRow(tr("รอบการคัดสรร (ปี)"), roundRow, QStringLiteral("round_id"));
    thresholds_->setWordWrap(true);
    form()->addRow(QString(), thresholds_);
    for (int i = 0; i < 3; ++i) {
        parts_[i] = new QLineEdit(this);
        parts_[i]->setObjectName(QStringLiteral("ratingPart%1").arg(i + 1));
        parts_[i]->setAlignment(Qt::AlignRight);
        partLabels_[i] = new QLabel(this);
        partLabels_[i]->setWordWrap(true);
        form()->addRow(QString(), partLabels_[i]);
        form()->addRow(tr("คะแนนส่วนที่ %1").arg(i + 1), parts_[i], QStringLiteral("part%1").arg(i + 1));
        watch(parts_[i], QStringLiteral("part%1").arg(i + 1));
        connect(parts_[i], &QLineEdit::textEdited, this, [this] {
            FieldProblems ignored;
            if (const std::optional<ProductRating> r = collect(ignored))
                result_->setText(tr("รวม %1 จาก %2 คะแนน ได้ %3 (%4 ดาว)")
                                     .arg(r->total())
                                     .arg(currentRound().fullMarks())
                                     .arg(starText(starsFor(currentRound(), r->total())))
                                     .arg(starsFor(currentRound(), r->total())));
        });
    }
    form()->addRow(tr("ผลรวม"), result_);
    tier_->addItem(tr("(ไม่ได้รับ)"), QString());
    for (MarkTier t : allMarkTiers()) tier_->addItem(markTierLabel(t), markTierKey(t));
    form()->addRow(tr("ตรา OTOP"), tier_, QStringLiteral("mark_tier"));
    form()->addRow(tr("วันที่ประกาศผล (พ.ศ.)"), ratedOn_, QStringLiteral("rated_on"));
    form()->addRow(tr("หมายเหตุ"), notes_, QStringLiteral("notes"));
    watch(ratedOn_, QStringLiteral("rated_on"));
    fillRounds(year);
    connect(round_, &QComboBox::currentIndexChanged, this, &RatingDialog::roundChosen);
    connect(edit, &QPushButton::clicked, this, &RatingDialog::editRound);
    roundChosen();
    setTabChain({round_, parts_[0], parts_[1], parts_[2], tier_, ratedOn_->lineEdit(), notes_});
    fitToScreen(fontMetrics().averageCharWidth() * 90);
    revalidate();
}

void RatingDialog::fillRounds(int year) {
    ChampionRepository champions(db_);
    champions.ensureRound(year);
    rounds_ = champions.rounds();
    round_->blockSignals(true);
    round_->clear();
    for (const ChampionRound& r : rounds_)
        round_->addItem(tr("ปี %1 · %2").arg(buddhistYear(r.year)).arg(r.title), r.id);
    for (int i = 0; i < rounds_.size(); ++i)
        if (rounds_[i].year == year) round_->setCurrentIndex(i);
    round_->blockSignals(false);
}

ChampionRound RatingDialog::currentRound() const {
    return rounds_.value(round_->currentIndex());
}

void RatingDialog::roundChosen() {
    const ChampionRound r = currentRound();
    thresholds_->setText(tr("เกณฑ์ของรอบนี้: 5 ดาว ≥ %1 · 4 ดาว ≥ %2 · 3 ดาว ≥ %3 · 2 ดาว ≥ %4 · "
                            "ต่ำกว่า %4 ได้ 1 ดาว")
                             .arg(r.minFive)
                             .arg(r.minFour)
                             .arg(r.minThree)
                             .arg(r.minTwo));
    for (int i = 0; i < 3; ++i)
        partLabels_[i]->setText(tr("ส่วนที่ %1 %2 (เต็ม %3)").arg(i + 1).arg(r.partNames[i]).arg(r.partMax[i]));
    // Scores already given in this round come back for correction.
    for (const RatingRow& row : ChampionRepository(db_).history(productId_))
        if (row.round.id == r.id) {
            for (int i = 0; i < 3; ++i) parts_[i]->setText(QString::number(row.rating.parts[i]));
            tier_->setCurrentIndex(std::max(
                0, tier_->findData(row.rating.markTier ? markTierKey(*row.rating.markTier) : QString())));
            ratedOn_->setDate(row.rating.ratedOn);
            notes_->setText(row.rating.notes);
        }
    if (!parts_[0]->text().isEmpty()) emit parts_[0]->textEdited(parts_[0]->text());
    revalidate();
}

void RatingDialog::editRound() {
    ChampionRound r = currentRound();
    ChampionRoundDialog dialog(db_, r, this);
    if (dialog.exec() != QDialog::Accepted) return;
    fillRounds(dialog.round().year);
    roundChosen();
}

std::optional<ProductRating> RatingDialog::collect(FieldProblems& problems) const {
    ProductRating r;
    r.productId = productId_;
    r.roundId = currentRound().id;
    bool complete = true;
    for (int i = 0; i < 3; ++i) {
        const std::optional<int> score =
            readInteger(parts_[i], QStringLiteral("part%1").arg(i + 1), problems);
        complete = complete && score.has_value();
        r.parts[i] = score.value_or(0);
    }
    r.markTier = markTierFromKey(tier_->currentData().toString());
    r.ratedOn = ratedOn_->date();
    r.notes = notes_->text().trimmed();
    if (!complete) return std::nullopt;
    return r;
}

FieldProblems RatingDialog::problems() {
    FieldProblems found;
    if (const std::optional<ProductRating> r = collect(found))
        found += validateRating(currentRound(), *r, QDate::currentDate());
    addUnreadable(found, ratedOn_, QStringLiteral("rated_on"));
    return found;
}

void RatingDialog::saveRecord() {
    FieldProblems ignored;
    std::optional<ProductRating> r = collect(ignored);
    if (!r) return;
    ChampionRepository(db_).saveRating(*r, QDate::currentDate());
}

}  // namespace thanrak::ui
