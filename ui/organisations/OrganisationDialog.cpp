#include "organisations/OrganisationDialog.h"

#include "domain/OrganisationRepository.h"
#include "widgets/FieldForm.h"
#include "widgets/PlaceFilterBar.h"
#include "widgets/ThaiDateEdit.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace thanrak::ui {

OrganisationDialog::OrganisationDialog(Database& database, Organisation organisation,
                                       QWidget* parent)
    : RecordDialog(organisation.id.isEmpty() ? tr("เพิ่มองค์กร") : tr("แก้ไขข้อมูลองค์กร"), parent),
      db_(database),
      organisation_(std::move(organisation)),
      kind_(new QComboBox(this)),
      code_(new QLineEdit(this)),
      name_(new QLineEdit(this)),
      registered_(new ThaiDateEdit(this)),
      registrationNo_(new QLineEdit(this)),
      village_(new PlaceFilterBar(database, PlaceFilterBar::Mode::Picker, this)),
      phone_(new QLineEdit(this)),
      notes_(new QPlainTextEdit(this)) {
    for (OrganisationKind kind : allOrganisationKinds())
        kind_->addItem(organisationKindLabel(kind), static_cast<int>(kind));
    code_->setObjectName(QStringLiteral("codeEdit"));
    name_->setObjectName(QStringLiteral("nameEdit"));
    code_->setPlaceholderText(tr("เช่น SG-35060101"));
    notes_->setTabChangesFocus(true);
    notes_->setFixedHeight(fontMetrics().height() * 3);
    buildForm();
    load();
    setTabChain({kind_, code_, name_, registered_->lineEdit(), registrationNo_,
                 village_->districtCombo(), village_->subdistrictCombo(), village_->villageCombo(),
                 phone_, notes_});
    fitToScreen(fontMetrics().averageCharWidth() * 150);
}

void OrganisationDialog::buildForm() {
    form()->addRow(tr("ประเภท"), kind_, QStringLiteral("kind"));
    form()->addRow(tr("รหัสองค์กร"), code_, QStringLiteral("code"));
    form()->addRow(tr("ชื่อองค์กร"), name_, QStringLiteral("name"));
    form()->addRow(tr("วันที่จดทะเบียน (พ.ศ.)"), registered_, QStringLiteral("registered_on"));
    form()->addRow(tr("เลขทะเบียน"), registrationNo_, QStringLiteral("registration_no"));
    form()->addRow(tr("ที่ตั้ง"), village_, QStringLiteral("village_code"), 1);
    form()->addRow(tr("โทรศัพท์"), phone_, QStringLiteral("phone"), 1);
    form()->addRow(tr("หมายเหตุ"), notes_, QStringLiteral("notes"), 1);
    watch(kind_, QStringLiteral("kind"));
    watch(code_, QStringLiteral("code"));
    watch(name_, QStringLiteral("name"));
    watch(village_, QStringLiteral("village_code"));
    watch(registered_, QStringLiteral("registered_on"));
    watch(registrationNo_, QStringLiteral("registration_no"));
    watch(phone_, QStringLiteral("phone"));
    connect(notes_, &QPlainTextEdit::textChanged, this,
            [this] { fieldEdited(QStringLiteral("notes")); });
}

void OrganisationDialog::load() {
    const Organisation& o = organisation_;
    kind_->setCurrentIndex(kind_->findData(static_cast<int>(o.kind)));
    code_->setText(o.code);
    name_->setText(o.name);
    name_->setCursorPosition(0);  // a long name shows its beginning
    village_->setVillageCode(o.villageCode);
    registered_->setDate(o.registeredOn);
    registrationNo_->setText(o.registrationNo);
    phone_->setText(o.phone);
    notes_->setPlainText(o.notes);
    if (o.id.isEmpty())
        revalidate();
    else
        showAllProblems();
}

void OrganisationDialog::presetVillage(const QString& villageCode) {
    if (!villageCode.isEmpty())
        village_->setVillageCode(villageCode);
    revalidate();
}

Organisation OrganisationDialog::collect() const {
    Organisation o = organisation_;
    o.kind = static_cast<OrganisationKind>(kind_->currentData().toInt());
    o.code = code_->text().trimmed();
    o.name = name_->text().trimmed();
    o.villageCode = village_->villageCode();
    o.registeredOn = registered_->date();
    o.registrationNo = registrationNo_->text().trimmed();
    o.phone = phone_->text().trimmed();
    o.notes = notes_->toPlainText().trimmed();
    return o;
}

FieldProblems OrganisationDialog::problems() {
    FieldProblems found = OrganisationRepository(db_).check(collect());
    addUnreadable(found, registered_, QStringLiteral("registered_on"));
    return found;
}

void OrganisationDialog::saveRecord() {
    Organisation o = collect();
    OrganisationRepository(db_).save(o);
    organisation_ = o;
}

}  // namespace thanrak::ui
