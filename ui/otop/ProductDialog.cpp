#include "otop/ProductDialog.h"

#include "money/MoneyFormat.h"
#include "otop/ProducerRepository.h"
#include "otop/ProductRepository.h"
#include "widgets/FieldForm.h"
#include "widgets/FormNumbers.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace thanrak::ui {

namespace {
QPlainTextEdit* shortText(QWidget* parent, int lines) {
    auto* edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().height() * lines + 12);
    return edit;
}
}  // namespace

ProductDialog::ProductDialog(Database& database, OtopProduct product, QWidget* parent)
    : RecordDialog(product.id.isEmpty() ? tr("เพิ่มผลิตภัณฑ์") : tr("แก้ไขข้อมูลผลิตภัณฑ์"), parent),
      db_(database),
      product_(std::move(product)),
      producer_(new QComboBox(this)),
      name_(new QLineEdit(this)),
      brand_(new QLineEdit(this)),
      category_(new QComboBox(this)),
      subGroup_(new QLineEdit(this)),
      unit_(new QLineEdit(this)),
      price_(new QLineEdit(this)),
      capacity_(new QLineEdit(this)),
      materials_(new QLineEdit(this)),
      packaging_(new QLineEdit(this)),
      description_(shortText(this, 3)),
      story_(shortText(this, 4)) {
    name_->setObjectName(QStringLiteral("productName"));
    price_->setObjectName(QStringLiteral("productPrice"));
    unit_->setObjectName(QStringLiteral("productUnit"));
    category_->setObjectName(QStringLiteral("productCategory"));
    producer_->setObjectName(QStringLiteral("productProducer"));
    for (const ProducerRow& row : ProducerRepository(database).list())
        producer_->addItem(QStringLiteral("%1 · %2").arg(row.producer.name, row.villageLabel),
                           row.producer.id);
    producer_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    producer_->setMinimumContentsLength(30);
    for (OtopCategory category : allOtopCategories())
        category_->addItem(otopCategoryLabel(category), static_cast<int>(category));
    subGroup_->setPlaceholderText(tr("เช่น ขนม ผ้าไหม เครื่องจักสาน"));
    unit_->setPlaceholderText(tr("เช่น ถุง ชิ้น ผืน ขวด"));
    price_->setAlignment(Qt::AlignRight);
    capacity_->setAlignment(Qt::AlignRight);
    buildForm();
    load();
    setTabChain({producer_, name_, brand_, category_, subGroup_, unit_, price_, capacity_,
                 materials_, packaging_, description_, story_});
    fitToScreen(fontMetrics().averageCharWidth() * 160);
}

void ProductDialog::buildForm() {
    form()->addRow(tr("ผู้ผลิต"), producer_, QStringLiteral("producer_id"));
    form()->addRow(tr("ชื่อผลิตภัณฑ์"), name_, QStringLiteral("name"));
    form()->addRow(tr("ตราสินค้า"), brand_, QStringLiteral("brand"));
    form()->addRow(tr("ประเภท"), category_, QStringLiteral("category"));
    form()->addRow(tr("กลุ่มย่อย"), subGroup_, QStringLiteral("sub_group"));
    form()->addRow(tr("หน่วยนับ"), unit_, QStringLiteral("unit"));
    form()->addRow(tr("ราคาต่อหน่วย (บาท)"), price_, QStringLiteral("price"));
    form()->addRow(tr("กำลังการผลิตต่อเดือน (หน่วย)"), capacity_, QStringLiteral("monthly_capacity"));
    form()->addRow(tr("แหล่งวัตถุดิบ"), materials_, QStringLiteral("raw_materials"), 1);
    form()->addRow(tr("บรรจุภัณฑ์"), packaging_, QStringLiteral("packaging"), 1);
    form()->addRow(tr("รายละเอียดผลิตภัณฑ์"), description_, QStringLiteral("description"), 1);
    form()->addRow(tr("เรื่องราวและภูมิปัญญา"), story_, QStringLiteral("story"), 1);
    for (auto [edit, field] : {std::pair{name_, "name"}, {unit_, "unit"}, {price_, "price"},
                              {capacity_, "monthly_capacity"}})
        watch(edit, QLatin1String(field));
    watch(producer_, QStringLiteral("producer_id"));
}

void ProductDialog::load() {
    const OtopProduct& p = product_;
    producer_->setCurrentIndex(std::max(0, producer_->findData(p.producerId)));
    name_->setText(p.name);
    brand_->setText(p.brand);
    category_->setCurrentIndex(category_->findData(static_cast<int>(p.category)));
    subGroup_->setText(p.subGroup);
    unit_->setText(p.unit);
    if (!p.id.isEmpty() || p.price.isPositive()) price_->setText(formatMoney(p.price));
    if (p.monthlyCapacity > 0) capacity_->setText(QString::number(p.monthlyCapacity));
    materials_->setText(p.rawMaterials);
    packaging_->setText(p.packaging);
    description_->setPlainText(p.description);
    story_->setPlainText(p.story);
    if (p.id.isEmpty())
        revalidate();
    else
        showAllProblems();
}

std::optional<OtopProduct> ProductDialog::collect(FieldProblems& problems) const {
    OtopProduct p = product_;
    p.producerId = producer_->currentData().toString();
    p.name = name_->text().trimmed();
    p.brand = brand_->text().trimmed();
    p.category = static_cast<OtopCategory>(category_->currentData().toInt());
    p.subGroup = subGroup_->text().trimmed();
    p.unit = unit_->text().trimmed();
    p.rawMaterials = materials_->text().trimmed();
    p.packaging = packaging_->text().trimmed();
    p.description = description_->toPlainText().trimmed();
    p.story = story_->toPlainText().trimmed();
    const std::optional<Money> price = readMoney(price_, QStringLiteral("price"), problems);
    std::optional<int> capacity = 0;
    if (!capacity_->text().trimmed().isEmpty())
        capacity = readInteger(capacity_, QStringLiteral("monthly_capacity"), problems);
    if (!price || !capacity) return std::nullopt;
    p.price = *price;
    p.monthlyCapacity = *capacity;
    return p;
}

FieldProblems ProductDialog::problems() {
    FieldProblems found;
    if (const std::optional<OtopProduct> p = collect(found)) found += ProductRepository(db_).check(*p);
    return found;
}

void ProductDialog::saveRecord() {
    FieldProblems ignored;
    std::optional<OtopProduct> p = collect(ignored);
    if (!p) return;
    ProductRepository(db_).save(*p);
    product_ = *p;
}

}  // namespace thanrak::ui
