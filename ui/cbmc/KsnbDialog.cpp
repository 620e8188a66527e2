#include "cbmc/KsnbDialog.h"

#include "cbmc/KsnbRepository.h"
#include "domain/PersonRepository.h"
#include "widgets/FieldForm.h"
#include "widgets/PersonChoices.h"
#include "widgets/PersonPicker.h"
#include "widgets/ThaiDateEdit.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>

namespace thanrak::ui {

KsnbDialog::KsnbDialog(Database& database, const KsnbItem& item, QWidget* parent)
    : RecordDialog(item.id.isEmpty() ? tr("เพิ่มการพัฒนาศักยภาพ (KSNB)") : tr("แก้ไขการพัฒนาศักยภาพ (KSNB)"), parent),
      db_(database),
      item_(item),
      kind_(new QComboBox(this)),
      topic_(new QLineEdit(item.topic, this)),
      activity_(new QLineEdit(item.activity, this)),
      start_(new ThaiDateEdit(this)),
      end_(new ThaiDateEdit(this)),
      person_(new PersonPicker([&database](const QString& text) { return searchPersonChoices(database, text); },
                               this)),
      responsible_(new QLineEdit(item.responsible, this)),
      status_(new QComboBox(this)) {
    topic_->setObjectName(QStringLiteral("ksnbTopic"));
    for (KsnbKind k : allKsnbKinds()) kind_->addItem(ksnbKindLabel(k), static_cast<int>(k));
    for (KsnbStatus s : allKsnbStatuses()) status_->addItem(ksnbStatusLabel(s), static_cast<int>(s));
    kind_->setCurrentIndex(kind_->findData(static_cast<int>(item.kind)));
    status_->setCurrentIndex(status_->findData(static_cast<int>(item.status)));
    if (item.startOn.isValid()) start_->setDate(item.startOn);
    if (item.endOn.isValid()) end_->setDate(item.endOn);
    // The registered person is found again by ID (or name) and stays chosen.
    if (!item.personId.isEmpty())
        if (const std::optional<Person> person = PersonRepository(database).find(item.personId))
            person_->searchBox()->setText(person->nationalId.isEmpty() ? personDisplayName(*person) : person->nationalId);
    for (int row = 0; row < person_->list()->count(); ++row)
        if (person_->list()->item(row)->data(Qt::UserRole).toString() == item.personId) person_->list()->setCurrentRow(row);
    person_->list()->setMinimumHeight(fontMetrics().height() * 4);
    responsible_->setObjectName(QStringLiteral("ksnbResponsible"));
    responsible_->setPlaceholderText(tr("เช่น พัฒนากรตำบล หรือชื่อวิทยากร"));
    form()->addRow(tr("ด้าน"), kind_, QStringLiteral("kind"));
    form()->addRow(tr("หัวข้อ"), topic_, QStringLiteral("topic"));
    form()->addRow(tr("กิจกรรม"), activity_, QStringLiteral("activity"));
    form()->addRow(tr("เริ่ม"), start_, QStringLiteral("start_on"));
    form()->addRow(tr("สิ้นสุด"), end_, QStringLiteral("end_on"));
    form()->addRow(tr("ผู้รับผิดชอบ (บุคคลในทะเบียน)"), person_, QStringLiteral("person_id"));
    form()->addRow(tr("หรือชื่อ/ตำแหน่งผู้รับผิดชอบ"), responsible_, QStringLiteral("responsible"));
    form()->addRow(tr("สถานะ"), status_, QStringLiteral("status"));
    watch(topic_, QStringLiteral("topic"));
    watch(activity_, QStringLiteral("activity"));
    watch(start_, QStringLiteral("start_on"));
    watch(end_, QStringLiteral("end_on"));
    watch(responsible_, QStringLiteral("responsible"));
    connect(person_, &PersonPicker::chosen, this, [this] { fieldEdited(QStringLiteral("person_id")); });
    setTabChain({kind_, topic_, activity_, start_, end_, person_->searchBox(), person_->list(), responsible_, status_});
    fitToScreen(fontMetrics().averageCharWidth() * 110);
    if (!item.id.isEmpty()) showAllProblems();
    revalidate();
}

KsnbItem KsnbDialog::collect() const {
    KsnbItem k = item_;
    k.kind = static_cast<KsnbKind>(kind_->currentData().toInt());
    k.status = static_cast<KsnbStatus>(status_->currentData().toInt());
    k.topic = topic_->text().trimmed();
    k.activity = activity_->text().trimmed();
    k.startOn = start_->date();
    k.endOn = end_->date();
    k.personId = person_->currentId();
    k.responsible = responsible_->text().trimmed();
    return k;
}

FieldProblems KsnbDialog::problems() {
    FieldProblems found = KsnbRepository(db_).check(collect());
    addUnreadable(found, start_, QStringLiteral("start_on"));
    addUnreadable(found, end_, QStringLiteral("end_on"));
    return found;
}

void KsnbDialog::saveRecord() {
    KsnbItem k = collect();
    KsnbRepository(db_).save(k);
    item_ = k;
}

}  // namespace thanrak::ui
