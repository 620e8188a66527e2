#include "otop/CertificateDialog.h"

#include "otop/CertificateRepository.h"
#include "otop/OtopRules.h"
#include "widgets/FieldForm.h"
#include "widgets/ThaiDateEdit.h"

#include <QComboBox>
#include <QLineEdit>

namespace thanrak::ui {

CertificateDialog::CertificateDialog(Database& database, ProductCertificate certificate,
                                     QWidget* parent)
    : RecordDialog(certificate.id.isEmpty() ? tr("เพิ่มมาตรฐานหรือใบรับรอง") : tr("แก้ไขใบรับรอง"), parent),
      db_(database),
      certificate_(std::move(certificate)),
      standard_(new QComboBox(this)),
      number_(new QLineEdit(this)),
      issuer_(new QLineEdit(this)),
      issued_(new ThaiDateEdit(this)),
      expires_(new ThaiDateEdit(this)),
      notes_(new QLineEdit(this)) {
    standard_->setObjectName(QStringLiteral("certificateStandard"));
    number_->setObjectName(QStringLiteral("certificateNumber"));
    issued_->setObjectName(QStringLiteral("certificateIssued"));
    expires_->setObjectName(QStringLiteral("certificateExpires"));
    for (ProductStandard s : allProductStandards())
        standard_->addItem(productStandardLabel(s), static_cast<int>(s));
    issuer_->setPlaceholderText(tr("เช่น สำนักงานสาธารณสุขจังหวัด สำนักงานมาตรฐานผลิตภัณฑ์อุตสาหกรรม"));
    form()->addRow(tr("มาตรฐาน"), standard_, QStringLiteral("standard"));
    form()->addRow(tr("เลขที่ใบรับรองหรือเลขทะเบียน"), number_, QStringLiteral("number"));
    form()->addRow(tr("หน่วยงานที่ออก"), issuer_, QStringLiteral("issuer"));
    form()->addRow(tr("วันที่ออก (พ.ศ.)"), issued_, QStringLiteral("issued_on"));
    form()->addRow(tr("วันหมดอายุ (พ.ศ.) เว้นว่างถ้าไม่มีวันหมดอายุ"), expires_, QStringLiteral("expires_on"));
    form()->addRow(tr("หมายเหตุ"), notes_, QStringLiteral("notes"));
    watch(number_, QStringLiteral("number"));
    watch(issued_, QStringLiteral("issued_on"));
    watch(expires_, QStringLiteral("expires_on"));
    const ProductCertificate& c = certificate_;
    standard_->setCurrentIndex(standard_->findData(static_cast<int>(c.standard)));
    number_->setText(c.number);
    issuer_->setText(c.issuer);
    issued_->setDate(c.issuedOn);
    expires_->setDate(c.expiresOn);
    notes_->setText(c.notes);
    setTabChain({standard_, number_, issuer_, issued_->lineEdit(), expires_->lineEdit(), notes_});
    fitToScreen(fontMetrics().averageCharWidth() * 90);
    if (c.id.isEmpty())
        revalidate();
    else
        showAllProblems();
}

ProductCertificate CertificateDialog::collect() const {
    ProductCertificate c = certificate_;
    c.standard = static_cast<ProductStandard>(standard_->currentData().toInt());
    c.number = number_->text().trimmed();
    c.issuer = issuer_->text().trimmed();
    c.issuedOn = issued_->date();
    c.expiresOn = expires_->date();
    c.notes = notes_->text().trimmed();
    return c;
}

FieldProblems CertificateDialog::problems() {
    FieldProblems found = validateCertificate(collect(), QDate::currentDate());
    addUnreadable(found, issued_, QStringLiteral("issued_on"));
    addUnreadable(found, expires_, QStringLiteral("expires_on"));
    return found;
}

void CertificateDialog::saveRecord() {
    ProductCertificate c = collect();
    CertificateRepository(db_).save(c, QDate::currentDate());
    certificate_ = c;
}

}  // namespace thanrak::ui
