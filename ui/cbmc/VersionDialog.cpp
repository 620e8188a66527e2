#include "cbmc/VersionDialog.h"

#include "cbmc/CbmcRules.h"
#include "cbmc/VersionRepository.h"
#include "widgets/FieldForm.h"
#include "widgets/ThaiDateEdit.h"

#include <QLineEdit>

namespace thanrak::ui {

VersionDialog::VersionDialog(Database& database, const PlanVersion& version, QWidget* parent)
    : RecordDialog(tr("แก้ไขรุ่น %1 ของแผน").arg(version.number), parent),
      db_(database),
      version_(version),
      dated_(new ThaiDateEdit(this)),
      note_(new QLineEdit(version.note, this)) {
    dated_->setObjectName(QStringLiteral("versionDate"));
    note_->setObjectName(QStringLiteral("versionNote"));
    dated_->setDate(version.dated);
    note_->setPlaceholderText(tr("เช่น ปรับหลังประชุมกลุ่มเดือนมิถุนายน"));
    form()->addRow(tr("วันที่ของรุ่นนี้ (พ.ศ.)"), dated_, QStringLiteral("dated"));
    form()->addRow(tr("หมายเหตุ"), note_, QStringLiteral("note"));
    watch(dated_, QStringLiteral("dated"));
    watch(note_, QStringLiteral("note"));
    setTabChain({dated_, note_});
    fitToScreen(fontMetrics().averageCharWidth() * 70);
    showAllProblems();
    revalidate();
}

PlanVersion VersionDialog::collect() const {
    PlanVersion v = version_;
    v.dated = dated_->date();
    v.note = note_->text().trimmed();
    return v;
}

FieldProblems VersionDialog::problems() {
    FieldProblems found = validateVersion(collect());
    addUnreadable(found, dated_, QStringLiteral("dated"));
    return found;
}

void VersionDialog::saveRecord() {
    VersionRepository(db_).save(collect());
}

}  // namespace thanrak::ui
