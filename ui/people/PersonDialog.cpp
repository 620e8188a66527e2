#include "people/PersonDialog.h"

#include "domain/PersonRepository.h"
#include "widgets/FieldForm.h"
#include "widgets/NationalIdEdit.h"
#include "widgets/PlaceFilterBar.h"
#include "widgets/ThaiDateEdit.h"

#include <QComboBox>
#include <QLineEdit>

namespace thanrak::ui {

PersonDialog::PersonDialog(Database& database, Person person, QWidget* parent)
    : RecordDialog(person.id.isEmpty() ? tr("เพิ่มบุคคล") : tr("แก้ไขข้อมูลบุคคล"), parent),
      db_(database),
      person_(std::move(person)),
      title_(new QComboBox(this)),
      firstName_(new QLineEdit(this)),
      lastName_(new QLineEdit(this)),
      nationalId_(new NationalIdEdit(this)),
      birthDate_(new ThaiDateEdit(this)),
      phone_(new QLineEdit(this)),
      houseNo_(new QLineEdit(this)),
      village_(new PlaceFilterBar(database, PlaceFilterBar::Mode::Picker, this)),
      addressLine_(new QLineEdit(this)),
      postcode_(new QLineEdit(this)) {
    title_->addItems(personTitles());
    firstName_->setObjectName(QStringLiteral("firstNameEdit"));
    lastName_->setObjectName(QStringLiteral("lastNameEdit"));
    nationalId_->lineEdit()->setObjectName(QStringLiteral("nationalIdEdit"));
    birthDate_->lineEdit()->setObjectName(QStringLiteral("birthDateEdit"));
    addressLine_->setPlaceholderText(tr("ซอย ถนน หรือที่อยู่นอกอำเภอ"));
    postcode_->setMaxLength(5);
    phone_->setPlaceholderText(tr("เช่น 081-234-5678"));
    buildForm();
    load();
    setTabChain({title_, firstName_, lastName_, nationalId_->lineEdit(), birthDate_->lineEdit(),
                 phone_, houseNo_, village_->districtCombo(), village_->subdistrictCombo(),
                 village_->villageCombo(), addressLine_, postcode_});
    fitToScreen(fontMetrics().averageCharWidth() * 150);
}

void PersonDialog::buildForm() {
    form()->addRow(tr("คำนำหน้า"), title_, QStringLiteral("title"));
    form()->addRow(tr("ชื่อ"), firstName_, QStringLiteral("first_name"));
    form()->addRow(tr("นามสกุล"), lastName_, QStringLiteral("last_name"));
    form()->addRow(tr("เลขประจำตัวประชาชน"), nationalId_, QStringLiteral("national_id"));
    form()->addRow(tr("วันเกิด (พ.ศ.)"), birthDate_, QStringLiteral("birth_date"));
    form()->addRow(tr("โทรศัพท์"), phone_, QStringLiteral("phone"));
    form()->addRow(tr("บ้านเลขที่"), houseNo_, QStringLiteral("house_no"), 1);
    form()->addRow(tr("ที่อยู่"), village_, QStringLiteral("village_code"), 1);
    form()->addRow(tr("ที่อยู่เพิ่มเติม"), addressLine_, QStringLiteral("address_line"), 1);
    form()->addRow(tr("รหัสไปรษณีย์"), postcode_, QStringLiteral("postcode"), 1);
    watch(title_, QStringLiteral("title"));
    watch(firstName_, QStringLiteral("first_name"));
    watch(lastName_, QStringLiteral("last_name"));
    watch(nationalId_, QStringLiteral("national_id"));
    watch(birthDate_, QStringLiteral("birth_date"));
    watch(houseNo_, QStringLiteral("house_no"));
    watch(addressLine_, QStringLiteral("address_line"));
    watch(postcode_, QStringLiteral("postcode"));
    watch(phone_, QStringLiteral("phone"));
    connect(village_, &PlaceFilterBar::changed, this, &PersonDialog::villageChosen);
}

void PersonDialog::load() {
    const Person& p = person_;
    if (!p.title.isEmpty() && title_->findText(p.title) < 0)
        title_->addItem(p.title);  // an older title kept as it was written
    if (!p.title.isEmpty())
        title_->setCurrentText(p.title);
    firstName_->setText(p.firstName);
    lastName_->setText(p.lastName);
    nationalId_->setText(p.nationalId);
    birthDate_->setDate(p.birthDate);
    houseNo_->setText(p.houseNo);
    village_->setVillageCode(p.villageCode);
    addressLine_->setText(p.addressLine);
    postcode_->setText(p.postcode);
    phone_->setText(p.phone);
    if (p.id.isEmpty())
        revalidate();
    else
        showAllProblems();
}

void PersonDialog::villageChosen() {
    // Suggest the tambon's postcode unless the user typed one of their own.
    const QString postcode = village_->subdistrictPostcode();
    if (postcode_->text().isEmpty() || postcode_->text() == suggestedPostcode_) {
        postcode_->setText(postcode);
        suggestedPostcode_ = postcode;
    }
    fieldEdited(QStringLiteral("village_code"));
}

Person PersonDialog::collect() const {
    Person p = person_;
    p.title = title_->currentText();
    p.firstName = firstName_->text().trimmed();
    p.lastName = lastName_->text().trimmed();
    p.nationalId = nationalId_->text();
    p.birthDate = birthDate_->date();
    p.houseNo = houseNo_->text().trimmed();
    p.villageCode = village_->villageCode();
    p.addressLine = addressLine_->text().trimmed();
    p.postcode = postcode_->text().trimmed();
    p.phone = phone_->text().trimmed();
    return p;
}

FieldProblems PersonDialog::problems() {
    FieldProblems found = PersonRepository(db_).check(collect());
    addUnreadable(found, birthDate_, QStringLiteral("birth_date"));
    return found;
}

void PersonDialog::saveRecord() {
    Person p = collect();
    PersonRepository(db_).save(p);
    person_ = p;
}

}  // namespace thanrak::ui
