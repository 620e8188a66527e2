#include "cbmc/CanvasTab.h"

#include "cbmc/CanvasEditor.h"
#include "base/Error.h"
#include "cbmc/CanvasRepository.h"
#include "cbmc/VersionDialog.h"
#include "cbmc/VersionRepository.h"
#include "thai/ThaiDate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace thanrak::ui {

CanvasTab::CanvasTab(Database& database, QWidget* parent)
    : QWidget(parent),
      db_(database),
      versions_(new QComboBox(this)),
      newVersion_(new QPushButton(tr("สร้างรุ่นใหม่…"), this)),
      editVersion_(new QPushButton(tr("แก้ไขรุ่น…"), this)),
      removeVersion_(new QPushButton(tr("ลบรุ่นนี้…"), this)),
      editor_(new CanvasEditor(database, this)) {
    versions_->setObjectName(QStringLiteral("canvasVersion"));
    newVersion_->setObjectName(QStringLiteral("newVersion"));
    editVersion_->setObjectName(QStringLiteral("editVersion"));
    removeVersion_->setObjectName(QStringLiteral("removeVersion"));
    removeVersion_->setToolTip(tr("ลบได้เฉพาะรุ่นล่าสุด เมื่อแผนมีมากกว่าหนึ่งรุ่น"));
    versions_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* label = new QLabel(tr("รุ่น:"), this);
    label->setBuddy(versions_);
    auto* keys = new QLabel(tr("Insert เพิ่ม · F2 แก้ · Del ลบ · Ctrl+L เชื่อม"), this);
    keys->setToolTip(tr("Insert หรือ Ctrl+N เพิ่มรายการ · Enter หรือ F2 แก้ไข · Delete ลบ\n"
                        "Ctrl+↑ / Ctrl+↓ เลื่อนขึ้นลง · Ctrl+← / Ctrl+→ ย้ายไปช่องก่อนหน้า/ถัดไป\n"
                        "Ctrl+L เชื่อมโยง · Tab หรือ Ctrl+1–9 ไปยังช่อง · คลิกขวาเพื่อดูคำสั่ง"));
    keys->setMinimumWidth(0);
    keys->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    keys->setStyleSheet(QStringLiteral("color: #666;"));
    auto* top = new QHBoxLayout;
    top->addWidget(label);
    top->addWidget(versions_);
    top->addWidget(newVersion_);
    top->addWidget(editVersion_);
    top->addWidget(removeVersion_);
    top->addWidget(keys, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(top);
    // The blocks share the height there is, down to two lines of cards each,
    // which fits a 1366×768 screen; on a smaller one, or with a larger font,
    // they scroll rather than squeeze their cards. (No label in the blocks
    // wraps by height-for-width, so the scroll area gives the editor the
    // viewport's height rather than the blocks' preferred one.)
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("canvasScroll"));
    scroll->setWidget(editor_);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(scroll, 1);
    connect(versions_, &QComboBox::currentIndexChanged, this, [this] {
        editor_->showVersion(versionId());
        updateButtons();
    });
    connect(newVersion_, &QPushButton::clicked, this, &CanvasTab::newVersion);
    connect(editVersion_, &QPushButton::clicked, this, &CanvasTab::editVersion);
    connect(removeVersion_, &QPushButton::clicked, this, &CanvasTab::removeVersion);
    connect(editor_, &CanvasEditor::changed, this, &CanvasTab::changed);
}

QString CanvasTab::versionId() const {
    return versions_->currentData().toString();
}

void CanvasTab::showPlan(const QString& planId) {
    const bool samePlan = planId == planId_;
    planId_ = planId;
    fillVersions(samePlan ? versionId() : QString());
}

void CanvasTab::fillVersions(const QString& selectId) {
    const QSignalBlocker blocker(versions_);
    versions_->clear();
    if (!planId_.isEmpty())
        for (const PlanVersion& v : VersionRepository(db_).versions(planId_)) {
            versions_->addItem(tr("รุ่น %1 (%2)").arg(v.number).arg(formatThaiDate(v.dated, ThaiDateStyle::Numeric)), v.id);
            // The note can be long; it shows when the version is pointed at.
            if (!v.note.isEmpty()) versions_->setItemData(versions_->count() - 1, v.note, Qt::ToolTipRole);
        }
    const int wanted = versions_->findData(selectId);
    versions_->setCurrentIndex(wanted >= 0 ? wanted : versions_->count() - 1);
    editor_->showVersion(versionId());
    updateButtons();
}

void CanvasTab::updateButtons() {
    newVersion_->setEnabled(versions_->count() > 0);
    editVersion_->setEnabled(versions_->count() > 0);
    removeVersion_->setEnabled(versions_->count() > 1 && versions_->currentIndex() == versions_->count() - 1);
}

void CanvasTab::newVersion() {
    if (versionId().isEmpty()) return;
    bool ok = false;
    const QString note = QInputDialog::getText(this, tr("สร้างรุ่นใหม่"),
                                               tr("รุ่นใหม่เริ่มจากสำเนาของรุ่นที่แสดงอยู่\nหมายเหตุ (ไม่บังคับ):"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok) return;
    const PlanVersion made = VersionRepository(db_).newVersion(versionId(), QDate::currentDate(), note.trimmed());
    fillVersions(made.id);
    emit changed();
}

void CanvasTab::editVersion() {
    const std::optional<PlanVersion> version = VersionRepository(db_).find(versionId());
    if (!version) return;
    VersionDialog dialog(db_, *version, this);
    if (dialog.exec() != QDialog::Accepted) return;
    fillVersions(version->id);
    emit changed();
}

void CanvasTab::removeVersion() {
    const std::optional<PlanVersion> version = VersionRepository(db_).find(versionId());
    if (!version) return;
    const int cards = static_cast<int>(CanvasRepository(db_).items(version->id).size());
    if (QMessageBox::question(this, tr("ลบรุ่นของแผน"),
                              tr("ลบรุ่น %1 พร้อมรายการบนแคนวาส %2 รายการและเส้นเชื่อมของรุ่นนี้หรือไม่\n"
                                 "รุ่นก่อนหน้ายังอยู่ครบ ลบแล้วเรียกคืนไม่ได้")
                                  .arg(version->number)
                                  .arg(cards),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    try {
        VersionRepository(db_).removeLatest(version->id);
    } catch (const Error& error) {
        QMessageBox::warning(this, tr("ลบรุ่นไม่ได้"), error.message());
        return;
    }
    fillVersions(QString());
    emit changed();
}

}  // namespace thanrak::ui
