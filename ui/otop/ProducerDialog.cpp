#include "otop/ProducerDialog.h"

#include "domain/OrganisationRepository.h"
#include "domain/PersonRepository.h"
#include "otop/ProducerRepository.h"
#include "widgets/FieldForm.h"
#include "widgets/FormNumbers.h"
#include "widgets/PersonChoices.h"
#include "widgets/PersonPicker.h"
#include "widgets/PlaceFilterBar.h"
#include "widgets/ThaiDateEdit.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>

namespace thanrak::ui {

ProducerDialog::ProducerDialog(Database& database, OtopProducer producer, QWidget* parent)
    : RecordDialog(producer.id.isEmpty() ? tr("ลงทะเบียนผู้ผลิต OTOP") : tr("แก้ไขข้อมูลผู้ผลิต"), parent),
      db_(database),
      producer_(std::move(producer)),
      type_(new QComboBox(this)),
      name_(new QLineEdit(this)),
      organisation_(new QComboBox(this)),
      person_(new PersonPicker(
          [&database](const QString& text) { return searchPersonChoices(database, text); }, this)),
      village_(new PlaceFilterBar(database, PlaceFilterBar::Mode::Picker, this)),
      contact_(new QLineEdit(this)),
      phone_(new QLineEdit(this)),
      members_(new QLineEdit(this)),
      registered_(new ThaiDateEdit(this)),
      registrationNo_(new QLineEdit(this)),
      notes_(new QPlainTextEdit(this)) {
    name_->setObjectName(QStringLiteral("producerName"));
    type_->setObjectName(QStringLiteral("producerType"));
    organisation_->setObjectName(QStringLiteral("producerOrganisation"));
    for (ProducerType type : allProducerTypes())
        type_->addItem(producerTypeLabel(type), static_cast<int>(type));
    organisation_->addItem(tr("(ไม่ได้เชื่อมกับองค์กร)"), QString());
    for (const OrganisationSummary& row : OrganisationRepository(database).list({}))
        organisation_->addItem(QStringLiteral("%1 · %2").arg(row.organisation.name, row.villageLabel),
                               row.organisation.id);
    organisation_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    organisation_->setMinimumContentsLength(30);
    members_->setPlaceholderText(QStringLiteral("0"));
    notes_->setTabChangesFocus(true);
    notes_->setFixedHeight(fontMetrics().height() * 3);
    buildForm();
    load();
    setTabChain({type_, name_, organisation_, person_->searchBox(), person_->list(),
                 village_->districtCombo(), village_->subdistrictCombo(), village_->villageCombo(),
                 contact_, phone_, members_, registered_->lineEdit(), registrationNo_, notes_});
    fitToScreen(fontMetrics().averageCharWidth() * 160);
}

void ProducerDialog::buildForm() {
    form()->addRow(tr("ประเภทผู้ผลิต"), type_, QStringLiteral("producer_type"));
    form()->addRow(tr("ชื่อผู้ผลิตหรือชื่อกลุ่ม"), name_, QStringLiteral("name"));
    form()->addRow(tr("องค์กรที่เป็นผู้ผลิต"), organisation_, QStringLiteral("organisation_id"));
    form()->addRow(tr("เจ้าของหรือผู้ประสานงาน"), person_, QStringLiteral("person_id"));
    form()->addRow(tr("ที่ตั้ง"), village_, QStringLiteral("village_code"), 1);
    form()->addRow(tr("ชื่อผู้ติดต่อ"), contact_, QStringLiteral("contact_name"), 1);
    form()->addRow(tr("โทรศัพท์"), phone_, QStringLiteral("phone"), 1);
    form()->addRow(tr("จำนวนสมาชิก (คน)"), members_, QStringLiteral("member_count"), 1);
    form()->addRow(tr("วันที่ลงทะเบียน (พ.ศ.)"), registered_, QStringLiteral("registered_on"), 1);
    form()->addRow(tr("เลขทะเบียนผู้ผลิต"), registrationNo_, QStringLiteral("registration_no"), 1);
    form()->addRow(tr("หมายเหตุ"), notes_, QStringLiteral("notes"), 1);
    watch(type_, QStringLiteral("producer_type"));
    watch(name_, QStringLiteral("name"));
    watch(organisation_, QStringLiteral("organisation_id"));
    watch(village_, QStringLiteral("village_code"));
    watch(members_, QStringLiteral("member_count"));
    watch(registered_, QStringLiteral("registered_on"));
    watch(registrationNo_, QStringLiteral("registration_no"));
    connect(person_, &PersonPicker::chosen, this, [this] { fieldEdited(QStringLiteral("person_id")); });
    // A group's place is its organisation's, so choosing one fills the village.
    connect(organisation_, &QComboBox::currentIndexChanged, this, [this] {
        const QString id = organisation_->currentData().toString();
        if (id.isEmpty() || !village_->villageCode().isEmpty()) return;
        if (const std::optional<Organisation> o = OrganisationRepository(db_).find(id))
            village_->setVillageCode(o->villageCode);
        if (name_->text().trimmed().isEmpty())
            if (const std::optional<Organisation> o = OrganisationRepository(db_).find(id))
                name_->setText(o->name);
    });
}

void ProducerDialog::load() {
    const OtopProducer& p = producer_;
    type_->setCurrentIndex(type_->findData(static_cast<int>(p.type)));
    name_->setText(p.name);
    organisation_->setCurrentIndex(std::max(0, organisation_->findData(p.organisationId)));
    if (!p.personId.isEmpty())
        if (const std::optional<Person> person = PersonRepository(db_).find(p.personId))
            person_->searchBox()->setText(
                person->nationalId.isEmpty() ? personDisplayName(*person) : person->nationalId);
    village_->setVillageCode(p.villageCode);
    contact_->setText(p.contactName);
    phone_->setText(p.phone);
    members_->setText(p.memberCount > 0 ? QString::number(p.memberCount) : QString());
    registered_->setDate(p.registeredOn);
    registrationNo_->setText(p.registrationNo);
    notes_->setPlainText(p.notes);
    if (p.id.isEmpty())
        revalidate();
    else
        showAllProblems();
}

OtopProducer ProducerDialog::collect() const {
    OtopProducer p = producer_;
    p.type = static_cast<ProducerType>(type_->currentData().toInt());
    p.name = name_->text().trimmed();
    p.organisationId = organisation_->currentData().toString();
    p.personId = person_->currentId();
    p.villageCode = village_->villageCode();
    p.contactName = contact_->text().trimmed();
    p.phone = phone_->text().trimmed();
    p.registeredOn = registered_->date();
    p.registrationNo = registrationNo_->text().trimmed();
    p.notes = notes_->toPlainText().trimmed();
    return p;
}

FieldProblems ProducerDialog::problems() {
    OtopProducer p = collect();
    FieldProblems found;
    if (members_->text().trimmed().isEmpty())
        p.memberCount = 0;
    else if (const std::optional<int> n = readInteger(members_, QStringLiteral("member_count"), found))
        p.memberCount = *n;
    found += ProducerRepository(db_).check(p, QDate::currentDate());
    addUnreadable(found, registered_, QStringLiteral("registered_on"));
    return found;
}

void ProducerDialog::saveRecord() {
    OtopProducer p = collect();
    FieldProblems ignored;
    p.memberCount = members_->text().trimmed().isEmpty()
                        ? 0
                        : readInteger(members_, QStringLiteral("member_count"), ignored).value_or(0);
    ProducerRepository(db_).save(p, QDate::currentDate());
    producer_ = p;
}

}  // namespace thanrak::ui
