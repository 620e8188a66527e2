#include "savings/LoanProductDialog.h"

#include "base/Error.h"
#include "lending/InterestMethod.h"
#include "money/MoneyFormat.h"
#include "savings/LoanProductRepository.h"
#include "widgets/FieldForm.h"
#include "widgets/FormNumbers.h"

#include <QComboBox>
#include <QLineEdit>

namespace thanrak::ui {

LoanProductDialog::LoanProductDialog(Database& database, const QString& organisationId,
                                     const LoanProduct& product, QWidget* parent)
    : RecordDialog(product.id.isEmpty() ? tr("เพิ่มประเภทเงินกู้") : tr("แก้ไขประเภทเงินกู้"), parent),
      db_(database),
      organisationId_(organisationId),
      product_(product),
      name_(new QLineEdit(product.name, this)),
      multiple_(new QLineEdit(formatDecimal(product.savingsMultiple, 2), this)),
      cap_(new QLineEdit(formatMoney(product.absoluteCap), this)),
      months_(new QLineEdit(QString::number(product.maxMonths), this)),
      rate_(new QLineEdit(formatDecimal(product.ratePercent, 2), this)),
      period_(new QComboBox(this)),
      method_(new QComboBox(this)),
      threshold_(new QLineEdit(formatMoney(product.guarantorThreshold), this)),
      guarantors_(new QLineEdit(QString::number(product.guarantorsRequired), this)),
      maxGuarantees_(new QLineEdit(QString::number(product.maxGuaranteesPerMember), this)),
      maxExposure_(new QLineEdit(formatMoney(product.maxExposurePerGuarantor), this)),
      active_(new QComboBox(this)) {
    name_->setObjectName(QStringLiteral("productNameEdit"));
    method_->setObjectName(QStringLiteral("methodBox"));
    for (RatePeriod p : {RatePeriod::Month, RatePeriod::Year})
        period_->addItem(ratePeriodLabel(p), static_cast<int>(p));
    period_->setCurrentIndex(period_->findData(static_cast<int>(product.ratePeriod)));
    for (InterestMethod m : kInterestMethods)
        method_->addItem(interestMethodLabel(m), static_cast<int>(m));
    method_->setCurrentIndex(method_->findData(static_cast<int>(product.method)));
    active_->addItem(tr("เปิดให้กู้"), true);
    active_->addItem(tr("งดให้กู้ประเภทนี้"), false);
    active_->setCurrentIndex(product.active ? 0 : 1);
    buildForm();
    setTabChain({name_, multiple_, cap_, months_, rate_, period_, method_, threshold_, guarantors_,
                 maxGuarantees_, maxExposure_, active_});
    fitToScreen(fontMetrics().averageCharWidth() * 110);
    if (!product.id.isEmpty())
        showAllProblems();
    revalidate();
}

void LoanProductDialog::buildForm() {
    FieldForm* f = form();
    f->addRow(tr("ชื่อประเภทเงินกู้"), name_, QStringLiteral("name"));
    f->addRow(tr("กู้ได้ไม่เกินกี่เท่าของเงินสัจจะ (0 = ไม่จำกัด)"), multiple_,
              QStringLiteral("savings_multiple"));
    f->addRow(tr("วงเงินกู้สูงสุด (บาท)"), cap_, QStringLiteral("absolute_cap"));
    f->addRow(tr("ผ่อนได้นานสุด (เดือน)"), months_, QStringLiteral("max_months"));
    f->addRow(tr("อัตราดอกเบี้ยร้อยละ"), rate_, QStringLiteral("rate"));
    f->addRow(tr("ต่อ"), period_);
    f->addRow(tr("วิธีคิดดอกเบี้ย"), method_, QStringLiteral("method"), 1);
    f->addRow(tr("กู้เกินกว่านี้ต้องมีผู้ค้ำ (บาท)"), threshold_, QStringLiteral("guarantor_threshold"), 1);
    f->addRow(tr("จำนวนผู้ค้ำประกัน (คน)"), guarantors_, QStringLiteral("guarantors_required"), 1);
    f->addRow(tr("สมาชิกหนึ่งคนค้ำได้ไม่เกิน (สัญญา)"), maxGuarantees_, QStringLiteral("max_guarantees"),
              1);
    f->addRow(tr("ค้ำประกันรวมไม่เกิน (บาท, 0 = ไม่จำกัด)"), maxExposure_, QStringLiteral("max_exposure"),
              1);
    f->addRow(tr("สถานะ"), active_, {}, 1);
    const QList<std::pair<QLineEdit*, const char*>> edits{{name_, "name"},
                                                          {multiple_, "savings_multiple"},
                                                          {cap_, "absolute_cap"},
                                                          {months_, "max_months"},
                                                          {rate_, "rate"},
                                                          {threshold_, "guarantor_threshold"},
                                                          {guarantors_, "guarantors_required"},
                                                          {maxGuarantees_, "max_guarantees"},
                                                          {maxExposure_, "max_exposure"}};
    for (const auto& [edit, field] : edits) {
        watch(edit, QString::fromLatin1(field));
        if (edit != name_)
            edit->setAlignment(Qt::AlignRight);
    }
    watch(period_, QStringLiteral("rate"));
    watch(method_, QStringLiteral("method"));
}

LoanProduct LoanProductDialog::collect(FieldProblems* problems) const {
    LoanProduct p = product_;
    p.name = name_->text().trimmed();
    const auto decimal = [&](const QLineEdit* e, Ratio* out, const char* field) {
        *out = readDecimal(e, QString::fromLatin1(field), *problems).value_or(*out);
    };
    const auto money = [&](const QLineEdit* e, Money* out, const char* field) {
        *out = readMoney(e, QString::fromLatin1(field), *problems).value_or(*out);
    };
    const auto integer = [&](const QLineEdit* e, int* out, const char* field) {
        *out = readInteger(e, QString::fromLatin1(field), *problems).value_or(*out);
    };
    decimal(multiple_, &p.savingsMultiple, "savings_multiple");
    money(cap_, &p.absoluteCap, "absolute_cap");
    integer(months_, &p.maxMonths, "max_months");
    decimal(rate_, &p.ratePercent, "rate");
    money(threshold_, &p.guarantorThreshold, "guarantor_threshold");
    integer(guarantors_, &p.guarantorsRequired, "guarantors_required");
    integer(maxGuarantees_, &p.maxGuaranteesPerMember, "max_guarantees");
    money(maxExposure_, &p.maxExposurePerGuarantor, "max_exposure");
    p.ratePeriod = static_cast<RatePeriod>(period_->currentData().toInt());
    p.method = static_cast<InterestMethod>(method_->currentData().toInt());
    p.active = active_->currentData().toBool();
    return p;
}

FieldProblems LoanProductDialog::problems() {
    FieldProblems found;
    const LoanProduct product = collect(&found);
    if (found.isEmpty())
        found = LoanProductRepository(db_).check(organisationId_, product);
    return found;
}

void LoanProductDialog::saveRecord() {
    FieldProblems ignored;
    LoanProduct product = collect(&ignored);
    LoanProductRepository(db_).save(organisationId_, product);
    product_ = product;
}

}  // namespace thanrak::ui
