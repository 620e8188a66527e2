#include "otop/ProductCertificatesTab.h"

#include "otop/CertificateDialog.h"
#include "otop/CertificateRepository.h"
#include "otop/OtopRules.h"
#include "widgets/ListTable.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace thanrak::ui {

QString certificateStateText(const ProductCertificate& c, const QDate& day) {
    const auto tr = [](const char* text) { return QCoreApplication::translate("OtopPage", text); };
    switch (certificateState(c, day)) {
        case CertificateState::NoExpiry: return tr("ไม่มีวันหมดอายุ");
        case CertificateState::Expired: return tr("หมดอายุแล้ว %1 วัน").arg(c.expiresOn.daysTo(day));
        case CertificateState::Expiring: return tr("อีก %1 วันหมดอายุ").arg(day.daysTo(c.expiresOn));
        case CertificateState::Valid: return tr("ใช้ได้");
    }
    return {};
}

ProductCertificatesTab::ProductCertificatesTab(Database& database, QWidget* parent)
    : ProductTab(database, parent),
      table_(new ListTable({tr("มาตรฐาน"), tr("เลขที่"), tr("หมดอายุ"), tr("สถานะ"), tr("วันที่ออก"),
                            tr("ผู้ออก")},
                           {5}, this)),
      add_(new QPushButton(tr("เพิ่มใบรับรอง…"), this)),
      edit_(new QPushButton(tr("แก้ไข…"), this)),
      remove_(new QPushButton(tr("ลบ"), this)) {
    table_->setObjectName(QStringLiteral("certificatesTable"));
    add_->setObjectName(QStringLiteral("addCertificate"));
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {add_, edit_, remove_}) buttons->addWidget(b);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table_, 1);
    layout->addLayout(buttons);
    connect(add_, &QPushButton::clicked, this, &ProductCertificatesTab::add);
    connect(edit_, &QPushButton::clicked, this, &ProductCertificatesTab::edit);
    connect(remove_, &QPushButton::clicked, this, &ProductCertificatesTab::remove);
    connect(table_, &QAbstractItemView::doubleClicked, this, &ProductCertificatesTab::edit);
    showProduct(std::nullopt, 0);
}

void ProductCertificatesTab::showProduct(const std::optional<ProductRow>& product, int) {
    product_ = product;
    table_->clearRows();
    for (QPushButton* b : {add_, edit_, remove_}) b->setEnabled(product.has_value());
    if (!product) return;
    const QDate today = QDate::currentDate();
    for (const ProductCertificate& c : CertificateRepository(db_).ofProduct(product->product.id)) {
        ListCell standard = ListCell::of(productStandardLabel(c.standard));
        standard.data = c.id;
        ListCell state = ListCell::of(certificateStateText(c, today));
        const CertificateState s = certificateState(c, today);
        state.warning = s == CertificateState::Expired || s == CertificateState::Expiring;
        table_->addRow({standard, ListCell::of(c.number),
                        c.expiresOn.isValid() ? ListCell::date(c.expiresOn) : ListCell::of(QStringLiteral("–")),
                        state, ListCell::date(c.issuedOn), ListCell::of(c.issuer)});
    }
}

void ProductCertificatesTab::add() {
    if (!product_) return;
    ProductCertificate c;
    c.productId = product_->product.id;
    CertificateDialog dialog(db_, c, this);
    if (dialog.exec() == QDialog::Accepted) {
        showProduct(product_, 0);
        emit changed();
    }
}

void ProductCertificatesTab::edit() {
    const QString id = table_->currentData().toString();
    if (!product_ || id.isEmpty()) return;
    for (const ProductCertificate& c : CertificateRepository(db_).ofProduct(product_->product.id))
        if (c.id == id) {
            CertificateDialog dialog(db_, c, this);
            if (dialog.exec() == QDialog::Accepted) {
                showProduct(product_, 0);
                emit changed();
            }
        }
}

void ProductCertificatesTab::remove() {
    const QString id = table_->currentData().toString();
    if (id.isEmpty()) return;
    if (QMessageBox::question(this, tr("ลบใบรับรอง"), tr("ลบใบรับรองที่เลือกหรือไม่")) != QMessageBox::Yes)
        return;
    CertificateRepository(db_).remove(id);
    showProduct(product_, 0);
    emit changed();
}

}  // namespace thanrak::ui
