#include "otop/ChampionRoundDialog.h"

#include "otop/ChampionRepository.h"
#include "otop/OtopRules.h"
#include "thai/ThaiDate.h"
#include "widgets/FieldForm.h"
#include "widgets/FormNumbers.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace thanrak::ui {

ChampionRoundDialog::ChampionRoundDialog(Database& database, ChampionRound round, QWidget* parent)
    : RecordDialog(tr("เกณฑ์การคัดสรร ปี %1").arg(buddhistYear(round.year)), parent),
      db_(database),
      round_(std::move(round)),
      title_(new QLineEdit(this)) {
    auto* note = new QLabel(tr("เมื่อบันทึก ผลิตภัณฑ์ทุกรายการในรอบนี้จะได้ดาวตามเกณฑ์ใหม่"), this);
    note->setWordWrap(true);
    body()->insertWidget(0, note);
    form()->addRow(tr("ชื่อรอบ"), title_, QStringLiteral("title"));
    QList<QWidget*> chain = {title_};
    for (int i = 0; i < 3; ++i) {
        names_[i] = new QLineEdit(round_.partNames[i], this);
        maxima_[i] = new QLineEdit(QString::number(round_.partMax[i]), this);
        maxima_[i]->setAlignment(Qt::AlignRight);
        form()->addRow(tr("ส่วนที่ %1").arg(i + 1), names_[i], QStringLiteral("part%1").arg(i + 1));
        form()->addRow(tr("คะแนนเต็มส่วนที่ %1").arg(i + 1), maxima_[i], QStringLiteral("part%1_max").arg(i + 1));
        watch(maxima_[i], QStringLiteral("part%1").arg(i + 1));
        chain << names_[i] << maxima_[i];
    }
    const int minima[4] = {round_.minFive, round_.minFour, round_.minThree, round_.minTwo};
    for (int i = 0; i < 4; ++i) {
        minima_[i] = new QLineEdit(QString::number(minima[i]), this);
        minima_[i]->setAlignment(Qt::AlignRight);
        form()->addRow(tr("คะแนนต่ำสุดของ %1 ดาว").arg(5 - i), minima_[i], {}, 1);
        watch(minima_[i], QStringLiteral("thresholds"));
        chain << minima_[i];
    }
    form()->alsoShow(QStringLiteral("thresholds"), QStringLiteral("title"));
    title_->setText(round_.title);
    setTabChain(chain);
    fitToScreen(fontMetrics().averageCharWidth() * 130);
    showAllProblems();
}

std::optional<ChampionRound> ChampionRoundDialog::collect(FieldProblems& problems) const {
    ChampionRound r = round_;
    r.title = title_->text().trimmed();
    bool complete = true;
    for (int i = 0; i < 3; ++i) {
        r.partNames[i] = names_[i]->text().trimmed();
        const std::optional<int> max = readInteger(maxima_[i], QStringLiteral("part%1").arg(i + 1), problems);
        complete = complete && max.has_value();
        r.partMax[i] = max.value_or(0);
    }
    int* minima[4] = {&r.minFive, &r.minFour, &r.minThree, &r.minTwo};
    for (int i = 0; i < 4; ++i) {
        const std::optional<int> n = readInteger(minima_[i], QStringLiteral("thresholds"), problems);
        complete = complete && n.has_value();
        *minima[i] = n.value_or(0);
    }
    if (!complete) return std::nullopt;
    return r;
}

FieldProblems ChampionRoundDialog::problems() {
    FieldProblems found;
    if (const std::optional<ChampionRound> r = collect(found)) found += validateRound(*r);
    return found;
}

void ChampionRoundDialog::saveRecord() {
    FieldProblems ignored;
    std::optional<ChampionRound> r = collect(ignored);
    if (!r) return;
    ChampionRepository(db_).saveRound(*r);
    round_ = *r;
}

}  // namespace thanrak::ui
