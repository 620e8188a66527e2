#include "cbmc/CanvasTab.h"

#include "cbmc/CanvasEditor.h"
#include "cbmc/VersionRepository.h"
#include "thai/ThaiDate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace thanrak::ui {

CanvasTab::CanvasTab(Database& database, QWidget* parent)
    : QWidget(parent),
      db_(database),
      versions_(new QComboBox(this)),
      newVersion_(new QPushButton(tr("สร้างรุ่นใหม่…"), this)),
      editor_(new CanvasEditor(database, this)) {
    versions_->setObjectName(QStringLiteral("canvasVersion"));
    newVersion_->setObjectName(QStringLiteral("newVersion"));
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
    top->addWidget(keys, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    // On a 768-pixel screen the nine blocks may need more height than there
    // is; they scroll rather than squeeze their questions.
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(editor_);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(scroll, 1);
    connect(versions_, &QComboBox::currentIndexChanged, this, [this] { editor_->showVersion(versionId()); });
    connect(newVersion_, &QPushButton::clicked, this, &CanvasTab::newVersion);
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
    newVersion_->setEnabled(versions_->count() > 0);
    editor_->showVersion(versionId());
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

}  // namespace thanrak::ui
