#include "cbmc/StepsTab.h"

#include "base/Error.h"
#include "cbmc/AttachmentRepository.h"
#include "cbmc/PlanRepository.h"
#include "cbmc/StepDialog.h"
#include "widgets/ListTable.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QPushButton>
#include <QVBoxLayout>

namespace thanrak::ui {

StepsTab::StepsTab(Database& database, QWidget* parent)
    : QWidget(parent),
      db_(database),
      steps_(new ListTable({tr("ขั้นตอน"), tr("สถานะ"), tr("เริ่ม"), tr("เสร็จ"), tr("บันทึก")}, {0, 4}, this)),
      files_(new ListTable({tr("ขั้นตอน"), tr("ไฟล์"), tr("ขนาด (ไบต์)"), tr("เพิ่มเมื่อ")}, {1}, this)),
      editStep_(new QPushButton(tr("แก้ไขขั้นตอน…"), this)),
      addFile_(new QPushButton(tr("แนบไฟล์…"), this)),
      saveFile_(new QPushButton(tr("บันทึกไฟล์เป็น…"), this)),
      removeFile_(new QPushButton(tr("ลบไฟล์"), this)) {
    steps_->setObjectName(QStringLiteral("stepsTable"));
    files_->setObjectName(QStringLiteral("attachmentsTable"));
    auto* buttons = new QGridLayout;
    buttons->addWidget(editStep_, 0, 0);
    buttons->addWidget(addFile_, 0, 1);
    buttons->addWidget(saveFile_, 0, 2);
    buttons->addWidget(removeFile_, 0, 3);
    buttons->setColumnStretch(4, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(steps_, 1);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("ไฟล์หลักฐาน (แนบกับขั้นตอนที่เลือกด้านบน)"), this));
    layout->addWidget(files_, 1);
    connect(editStep_, &QPushButton::clicked, this, &StepsTab::editStep);
    connect(steps_, &QAbstractItemView::doubleClicked, this, &StepsTab::editStep);
    connect(addFile_, &QPushButton::clicked, this, &StepsTab::addFile);
    connect(saveFile_, &QPushButton::clicked, this, &StepsTab::saveFile);
    connect(files_, &QAbstractItemView::doubleClicked, this, &StepsTab::saveFile);
    connect(removeFile_, &QPushButton::clicked, this, &StepsTab::removeFile);
}

void StepsTab::showPlan(const QString& planId) {
    planId_ = planId;
    fill();
}

void StepsTab::fill() {
    steps_->clearRows();
    files_->clearRows();
    for (QPushButton* b : {editStep_, addFile_, saveFile_, removeFile_}) b->setEnabled(!planId_.isEmpty());
    if (planId_.isEmpty()) return;
    for (const PlanStepState& s : PlanRepository(db_).steps(planId_)) {
        ListCell step = ListCell::of(QStringLiteral("%1. %2").arg(stepNumber(s.step)).arg(planStepLabel(s.step)));
        step.data = stepNumber(s.step);
        step.sortKey = stepNumber(s.step);
        steps_->addRow({step, ListCell::of(stepStatusLabel(s.status)), ListCell::date(s.startedOn),
                        ListCell::date(s.finishedOn), ListCell::of(s.notes)});
    }
    for (const PlanAttachment& a : AttachmentRepository(db_).list(planId_)) {
        ListCell step = ListCell::of(QString::number(stepNumber(a.step)));
        step.data = a.id;
        files_->addRow({step, ListCell::of(a.fileName), ListCell::number(a.size), ListCell::of(a.createdAt)});
    }
}

void StepsTab::editStep() {
    const int number = steps_->currentData().toInt();
    for (const PlanStepState& s : PlanRepository(db_).steps(planId_))
        if (stepNumber(s.step) == number) {
            StepDialog dialog(db_, s, this);
            if (dialog.exec() == QDialog::Accepted) {
                fill();
                emit changed();
            }
            return;
        }
}

void StepsTab::addFile() {
    const std::optional<PlanStep> step = planStepFromNumber(qMax(1, steps_->currentData().toInt()));
    const QString path = QFileDialog::getOpenFileName(this, tr("แนบไฟล์หลักฐาน"));
    if (path.isEmpty() || !step) return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("แนบไฟล์ไม่ได้"), tr("เปิดไฟล์ไม่ได้: %1").arg(file.errorString()));
        return;
    }
    try {
        AttachmentRepository(db_).add(planId_, *step, QFileInfo(path).fileName(),
                                      QMimeDatabase().mimeTypeForFile(path).name(), file.readAll());
    } catch (const Error& error) {
        QMessageBox::warning(this, tr("แนบไฟล์ไม่ได้"), error.message());
        return;
    }
    fill();
}

void StepsTab::saveFile() {
    const QString id = files_->currentData().toString();
    if (id.isEmpty()) return;
    QString name;
    for (const PlanAttachment& a : AttachmentRepository(db_).list(planId_))
        if (a.id == id) name = a.fileName;
    const QString path = QFileDialog::getSaveFileName(this, tr("บันทึกไฟล์เป็น"), name);
    if (path.isEmpty()) return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(AttachmentRepository(db_).data(id)) < 0)
        QMessageBox::warning(this, tr("บันทึกไม่ได้"), file.errorString());
}

void StepsTab::removeFile() {
    const QString id = files_->currentData().toString();
    if (id.isEmpty()) return;
    if (QMessageBox::question(this, tr("ลบไฟล์"), tr("ลบไฟล์ที่เลือกหรือไม่")) != QMessageBox::Yes) return;
    AttachmentRepository(db_).remove(id);
    fill();
}

}  // namespace thanrak::ui
