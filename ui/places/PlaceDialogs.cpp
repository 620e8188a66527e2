#include "places/PlaceDialogs.h"

#include "domain/PlaceRepository.h"
#include "widgets/FieldForm.h"

#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>

namespace thanrak::ui {

SubdistrictDialog::SubdistrictDialog(Database& database, const QString& districtCode,
                                     const QString& proposedCode, QWidget* parent)
    : RecordDialog(tr("เพิ่มตำบล"), parent),
      db_(database),
      districtCode_(districtCode),
      code_(new QLineEdit(proposedCode, this)),
      name_(new QLineEdit(this)),
      nameEn_(new QLineEdit(this)),
      postcode_(new QLineEdit(this)) {
    code_->setObjectName(QStringLiteral("codeEdit"));
    name_->setObjectName(QStringLiteral("nameEdit"));
    postcode_->setObjectName(QStringLiteral("postcodeEdit"));
    code_->setMaxLength(6);
    postcode_->setMaxLength(5);
    name_->setPlaceholderText(tr("ชื่อตำบล ไม่ต้องพิมพ์คำว่า ตำบล"));
    name_->setMinimumWidth(fontMetrics().averageCharWidth() * 32);
    form()->addRow(tr("รหัสตำบล"), code_, QStringLiteral("code"));
    form()->addRow(tr("ชื่อตำบล"), name_, QStringLiteral("name_th"));
    form()->addRow(tr("ชื่อภาษาอังกฤษ"), nameEn_, QStringLiteral("name_en"));
    form()->addRow(tr("รหัสไปรษณีย์"), postcode_, QStringLiteral("postcode"));
    watch(code_, QStringLiteral("code"));
    watch(name_, QStringLiteral("name_th"));
    watch(nameEn_, QStringLiteral("name_en"));
    watch(postcode_, QStringLiteral("postcode"));
    setTabChain({name_, nameEn_, postcode_, code_});
    fitToScreen(fontMetrics().averageCharWidth() * 70);
    revalidate();
}

Subdistrict SubdistrictDialog::collect() const {
    return {code_->text().trimmed(), districtCode_, name_->text().trimmed(),
            nameEn_->text().trimmed(), postcode_->text().trimmed()};
}

FieldProblems SubdistrictDialog::problems() {
    return PlaceRepository(db_).checkSubdistrict(collect());
}

void SubdistrictDialog::saveRecord() {
    PlaceRepository(db_).addSubdistrict(collect());
}

VillageDialog::VillageDialog(Database& database, const QString& subdistrictCode, int proposedMoo,
                             QWidget* parent)
    : RecordDialog(tr("เพิ่มหมู่บ้าน"), parent),
      db_(database),
      subdistrictCode_(subdistrictCode),
      moo_(new QLineEdit(QString::number(proposedMoo), this)),
      name_(new QLineEdit(this)),
      code_(new QLabel(this)) {
    moo_->setObjectName(QStringLiteral("mooEdit"));
    name_->setObjectName(QStringLiteral("nameEdit"));
    code_->setObjectName(QStringLiteral("codeLabel"));
    moo_->setValidator(new QIntValidator(1, 99, moo_));
    name_->setPlaceholderText(tr("เช่น บ้านหนองบัว"));
    name_->setMinimumWidth(fontMetrics().averageCharWidth() * 32);
    form()->addRow(tr("หมู่ที่"), moo_, QStringLiteral("moo"));
    form()->addRow(tr("ชื่อหมู่บ้าน"), name_, QStringLiteral("name_th"));
    form()->addRow(tr("รหัสหมู่บ้าน"), code_, QStringLiteral("code"));
    watch(moo_, QStringLiteral("moo"));
    watch(name_, QStringLiteral("name_th"));
    connect(moo_, &QLineEdit::textChanged, this, [this] { code_->setText(collect().code); });
    code_->setText(collect().code);
    setTabChain({name_, moo_});
    fitToScreen(fontMetrics().averageCharWidth() * 70);
    revalidate();
}

Village VillageDialog::collect() const {
    const int moo = moo_->text().toInt();
    return {subdistrictCode_ + QStringLiteral("%1").arg(moo, 2, 10, QLatin1Char('0')),
            subdistrictCode_, moo, name_->text().trimmed()};
}

FieldProblems VillageDialog::problems() {
    return PlaceRepository(db_).checkVillage(collect());
}

void VillageDialog::saveRecord() {
    PlaceRepository(db_).addVillage(collect());
}

}  // namespace thanrak::ui
