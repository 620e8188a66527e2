#include "otop/ProductDetailsTab.h"

#include "base/Error.h"
#include "money/MoneyFormat.h"
#include "otop/ProductDialog.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace thanrak::ui {

namespace {
constexpr int kPhotoSide = 200;

QString line(const QString& label, const QString& value) {
    if (value.trimmed().isEmpty()) return {};
    return QStringLiteral("<p><b>%1:</b> %2</p>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}
}  // namespace

ProductDetailsTab::ProductDetailsTab(Database& database, QWidget* parent)
    : ProductTab(database, parent),
      photo_(new QLabel(this)),
      photoCaption_(new QLabel(this)),
      details_(new QLabel(this)),
      previous_(new QPushButton(tr("◀"), this)),
      next_(new QPushButton(tr("▶"), this)),
      add_(new QPushButton(tr("เพิ่มรูป…"), this)),
      remove_(new QPushButton(tr("ลบรูปนี้"), this)),
      edit_(new QPushButton(tr("แก้ไขข้อมูล…"), this)) {
    photo_->setObjectName(QStringLiteral("productPhoto"));
    details_->setObjectName(QStringLiteral("productDetails"));
    photo_->setFixedSize(kPhotoSide, kPhotoSide);
    photo_->setAlignment(Qt::AlignCenter);
    photo_->setStyleSheet(QStringLiteral("QLabel { background: #f3f3ef; border: 1px solid #cccccc; }"));
    photoCaption_->setAlignment(Qt::AlignCenter);
    photoCaption_->setWordWrap(true);
    photoCaption_->setMaximumWidth(kPhotoSide);
    previous_->setToolTip(tr("รูปก่อนหน้า"));
    next_->setToolTip(tr("รูปถัดไป"));
    details_->setWordWrap(true);
    details_->setTextFormat(Qt::RichText);
    details_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    details_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(details_);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* photoColumn = new QVBoxLayout;
    photoColumn->addWidget(photo_);
    photoColumn->addWidget(photoCaption_);
    photoColumn->addStretch(1);
    auto* top = new QHBoxLayout;
    top->addLayout(photoColumn);
    top->addWidget(scroll, 1);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {previous_, next_}) {
        b->setFixedWidth(b->fontMetrics().height() * 2);
        buttons->addWidget(b);
    }
    for (QPushButton* b : {add_, remove_, edit_}) buttons->addWidget(b);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addLayout(buttons);

    connect(previous_, &QPushButton::clicked, this, [this] {
        photoAt_ = std::max(0, photoAt_ - 1);
        showPhoto();
    });
    connect(next_, &QPushButton::clicked, this, [this] {
        photoAt_ = std::min(int(photos_.size()) - 1, photoAt_ + 1);
        showPhoto();
    });
    connect(add_, &QPushButton::clicked, this, &ProductDetailsTab::choosePhoto);
    connect(remove_, &QPushButton::clicked, this, &ProductDetailsTab::removePhoto);
    connect(edit_, &QPushButton::clicked, this, &ProductDetailsTab::edit);
    showProduct(std::nullopt, 0);
}

void ProductDetailsTab::showProduct(const std::optional<ProductRow>& product, int) {
    product_ = product;
    photos_ = product ? ProductRepository(db_).photos(product->product.id) : QList<ProductPhoto>();
    photoAt_ = std::clamp(photoAt_, 0, std::max(0, int(photos_.size()) - 1));
    add_->setEnabled(product.has_value());
    edit_->setEnabled(product.has_value());
    if (!product) {
        details_->setText(tr("เลือกผลิตภัณฑ์จากรายการทางซ้าย"));
        showPhoto();
        return;
    }
    const OtopProduct& p = product->product;
    QString html = QStringLiteral("<h3>%1</h3>").arg(p.name.toHtmlEscaped());
    html += line(tr("ผู้ผลิต"), product->producerName);
    html += line(tr("ตำบล"), product->subdistrictName);
    html += line(tr("ตราสินค้า"), p.brand);
    html += line(tr("ประเภท"), otopCategoryLabel(p.category) +
                                  (p.subGroup.isEmpty() ? QString() : QStringLiteral(" · ") + p.subGroup));
    html += line(tr("ราคา"), tr("%1 บาท ต่อ%2").arg(formatMoney(p.price), p.unit));
    if (p.monthlyCapacity > 0)
        html += line(tr("กำลังการผลิต"), tr("%L1 %2 ต่อเดือน").arg(p.monthlyCapacity).arg(p.unit));
    if (product->stars > 0)
        html += line(tr("ระดับดาวล่าสุด"),
                     tr("%1 ดาว (ปี %2)").arg(product->stars).arg(product->starsYear + 543) +
                         (product->markTier ? QStringLiteral(" · ") + markTierLabel(*product->markTier)
                                            : QString()));
    html += line(tr("วัตถุดิบ"), p.rawMaterials);
    html += line(tr("บรรจุภัณฑ์"), p.packaging);
    html += line(tr("รายละเอียด"), p.description);
    html += line(tr("เรื่องราวและภูมิปัญญา"), p.story);
    details_->setText(html);
    showPhoto();
}

void ProductDetailsTab::showPhoto() {
    previous_->setEnabled(photoAt_ > 0);
    next_->setEnabled(photoAt_ + 1 < photos_.size());
    remove_->setEnabled(!photos_.isEmpty());
    if (photos_.isEmpty()) {
        photo_->setPixmap({});
        photo_->setText(tr("ยังไม่มีรูป"));
        photoCaption_->clear();
        return;
    }
    QPixmap pixmap;
    pixmap.loadFromData(photos_[photoAt_].image);
    photo_->setPixmap(pixmap.scaled(photo_->size() - QSize(4, 4), Qt::KeepAspectRatio,
                                    Qt::SmoothTransformation));
    photoCaption_->setText(tr("รูปที่ %1 จาก %2\n%3")
                               .arg(photoAt_ + 1)
                               .arg(photos_.size())
                               .arg(photos_[photoAt_].caption));
}

void ProductDetailsTab::choosePhoto() {
    const QString path = QFileDialog::getOpenFileName(this, tr("เลือกรูปผลิตภัณฑ์"), QString(),
                                                      tr("รูปภาพ (*.jpg *.jpeg *.png)"));
    if (!path.isEmpty()) addPhotoFromFile(path);
}

bool ProductDetailsTab::addPhotoFromFile(const QString& path) {
    if (!product_) return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("เพิ่มรูปไม่สำเร็จ"), tr("เปิดไฟล์ %1 ไม่ได้").arg(path));
        return false;
    }
    try {
        ProductRepository(db_).addPhoto(product_->product.id, file.readAll(), {});
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("เพิ่มรูปไม่สำเร็จ"), e.message());
        return false;
    }
    photoAt_ = int(photos_.size());
    showProduct(product_, 0);
    emit changed();
    return true;
}

void ProductDetailsTab::removePhoto() {
    if (photos_.isEmpty()) return;
    if (QMessageBox::question(this, tr("ลบรูป"), tr("ลบรูปที่ %1 ของผลิตภัณฑ์นี้หรือไม่").arg(photoAt_ + 1)) !=
        QMessageBox::Yes)
        return;
    ProductRepository(db_).removePhoto(photos_[photoAt_].id);
    showProduct(product_, 0);
    emit changed();
}

void ProductDetailsTab::edit() {
    if (!product_) return;
    ProductDialog dialog(db_, product_->product, this);
    if (dialog.exec() == QDialog::Accepted) emit changed();
}

}  // namespace thanrak::ui
