#include "cbmc/StepDialog.h"

#include "cbmc/PlanRepository.h"
#include "widgets/FieldForm.h"
#include "widgets/ThaiDateEdit.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace thanrak::ui {

StepDialog::StepDialog(Database& database, const PlanStepState& state, QWidget* parent)
    : RecordDialog(tr("ขั้นตอนของแผน"), parent),
      db_(database),
      state_(state),
      status_(new QComboBox(this)),
      started_(new ThaiDateEdit(this)),
      finished_(new ThaiDateEdit(this)),
      notes_(new QLineEdit(state.notes, this)) {
    auto* heading = new QLabel(tr("ขั้นตอนที่ %1 %2").arg(stepNumber(state.step)).arg(planStepLabel(state.step)), this);
    heading->setWordWrap(true);
    body()->insertWidget(0, heading);
    for (StepStatus s : allStepStatuses()) status_->addItem(stepStatusLabel(s), static_cast<int>(s));
    status_->setCurrentIndex(status_->findData(static_cast<int>(state.status)));
    if (state.startedOn.isValid()) started_->setDate(state.startedOn);
    if (state.finishedOn.isValid()) finished_->setDate(state.finishedOn);
    form()->addRow(tr("สถานะ"), status_, QStringLiteral("status"));
    form()->addRow(tr("วันที่เริ่ม"), started_, QStringLiteral("started_on"));
    form()->addRow(tr("วันที่เสร็จ"), finished_, QStringLiteral("finished_on"));
    form()->addRow(tr("บันทึก"), notes_, QStringLiteral("notes"));
    watch(status_, QStringLiteral("status"));
    watch(started_, QStringLiteral("started_on"));
    watch(finished_, QStringLiteral("finished_on"));
    watch(notes_, QStringLiteral("notes"));
    setTabChain({status_, started_, finished_, notes_});
    fitToScreen(fontMetrics().averageCharWidth() * 80);
    revalidate();
}

PlanStepState StepDialog::collect() const {
    PlanStepState s = state_;
    s.status = static_cast<StepStatus>(status_->currentData().toInt());
    s.startedOn = started_->date();
    s.finishedOn = finished_->date();
    s.notes = notes_->text().trimmed();
    return s;
}

FieldProblems StepDialog::problems() {
    FieldProblems found;
    addUnreadable(found, started_, QStringLiteral("started_on"));
    addUnreadable(found, finished_, QStringLiteral("finished_on"));
    return found;
}

void StepDialog::saveRecord() {
    PlanRepository(db_).saveStep(collect());
}

}  // namespace thanrak::ui
