#include "savings/LoanApplicationDialog.h"

#include "allocation/PercentText.h"
#include "base/Error.h"
#include "domain/MembershipRepository.h"
#include "lending/InterestMethod.h"
#include "money/MoneyFormat.h"
#include "savings/LoanProductRepository.h"
#include "widgets/FieldForm.h"
#include "widgets/FormNumbers.h"
#include "widgets/ThaiDateEdit.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

namespace thanrak::ui {

namespace {
constexpr int kGuarantorBoxes = 3;
}

LoanApplicationDialog::LoanApplicationDialog(Database& database, const QString& organisationId,
                                             const QString& membershipId, QWidget* parent)
    : RecordDialog(tr("รับคำขอกู้"), parent),
      db_(database),
      organisationId_(organisationId),
      member_(new QComboBox(this)),
      product_(new QComboBox(this)),
      productText_(new QLabel(this)),
      appliedOn_(new ThaiDateEdit(this)),
      amount_(new QLineEdit(this)),
      months_(new QLineEdit(this)),
      purpose_(new QLineEdit(this)) {
    member_->setObjectName(QStringLiteral("borrowerBox"));
    amount_->setObjectName(QStringLiteral("amountEdit"));
    months_->setObjectName(QStringLiteral("monthsEdit"));
    const QList<MemberRow> members = MembershipRepository(db_).members(organisationId);
    for (const MemberRow& row : members)
        member_->addItem(tr("%1 %2").arg(row.membership.memberNo, personDisplayName(row.person)),
                         row.membership.id);
    member_->setCurrentIndex(std::max(0, member_->findData(membershipId)));
    for (int i = 0; i < kGuarantorBoxes; ++i) {
        auto* box = new QComboBox(this);
        box->setObjectName(QStringLiteral("guarantorBox%1").arg(i + 1));
        box->addItem(tr("(ไม่มี)"), QString());
        for (const MemberRow& row : members)
            box->addItem(tr("%1 %2").arg(row.membership.memberNo, personDisplayName(row.person)),
                         row.membership.id);
        guarantors_.append(box);
    }
    for (const LoanProduct& p : LoanProductRepository(db_).list(organisationId))
        product_->addItem(p.name, p.id);
    productText_->setWordWrap(true);
    appliedOn_->setDate(QDate::currentDate());
    buildForm();
    QList<QWidget*> chain{member_, product_, appliedOn_->lineEdit(), amount_, months_, purpose_};
    for (QComboBox* box : guarantors_) chain.append(box);
    setTabChain(chain);
    fitToScreen(fontMetrics().averageCharWidth() * 110);
    showProduct();
    revalidate();
}

void LoanApplicationDialog::buildForm() {
    FieldForm* f = form();
    f->addRow(tr("ผู้กู้"), member_, QStringLiteral("membership_id"));
    f->addRow(tr("ประเภทเงินกู้"), product_, QStringLiteral("product_id"));
    f->addRow(QString(), productText_);
    f->addRow(tr("วันที่ยื่นคำขอ (พ.ศ.)"), appliedOn_, QStringLiteral("applied_on"));
    f->addRow(tr("จำนวนเงินที่ขอกู้ (บาท)"), amount_, QStringLiteral("amount"));
    f->addRow(tr("จำนวนงวด (เดือน)"), months_, QStringLiteral("months"));
    f->addRow(tr("วัตถุประสงค์"), purpose_, {}, 1);
    for (int i = 0; i < guarantors_.size(); ++i)
        f->addRow(tr("ผู้ค้ำประกันคนที่ %1").arg(i + 1), guarantors_.at(i),
                  i == 0 ? QStringLiteral("guarantors") : QString(), 1);
    amount_->setAlignment(Qt::AlignRight);
    months_->setAlignment(Qt::AlignRight);
    watch(member_, QStringLiteral("membership_id"));
    watch(product_, QStringLiteral("product_id"));
    watch(appliedOn_, QStringLiteral("applied_on"));
    watch(amount_, QStringLiteral("amount"));
    watch(months_, QStringLiteral("months"));
    for (QComboBox* box : guarantors_) watch(box, QStringLiteral("guarantors"));
    connect(product_, &QComboBox::currentIndexChanged, this, &LoanApplicationDialog::showProduct);
}

void LoanApplicationDialog::showProduct() {
    const auto p =
        LoanProductRepository(db_).find(organisationId_, product_->currentData().toString());
    if (!p) {
        productText_->setText(tr("กลุ่มยังไม่มีประเภทเงินกู้ เพิ่มได้ที่แท็บ \"ระเบียบกลุ่มและประเภทเงินกู้\""));
        return;
    }
    productText_->setText(tr("ดอกเบี้ยร้อยละ %1 %2 แบบ%3 วงเงินไม่เกิน %4 บาท ผ่อนได้ไม่เกิน %5 เดือน "
                             "กู้เกิน %6 บาทต้องมีผู้ค้ำ %7 คน")
                              .arg(percentText(p->ratePercent), ratePeriodLabel(p->ratePeriod),
                                   interestMethodLabel(p->method), formatMoney(p->absoluteCap))
                              .arg(p->maxMonths)
                              .arg(formatMoney(p->guarantorThreshold))
                              .arg(p->guarantorsRequired));
}

LoanApplication LoanApplicationDialog::collect(FieldProblems* problems) const {
    LoanApplication a;
    a.organisationId = organisationId_;
    a.membershipId = member_->currentData().toString();
    a.productId = product_->currentData().toString();
    a.appliedOn = appliedOn_->date();
    a.purpose = purpose_->text().trimmed();
    a.amount = readMoney(amount_, QStringLiteral("amount"), *problems).value_or(Money());
    a.months = readInteger(months_, QStringLiteral("months"), *problems).value_or(0);
    for (QComboBox* box : guarantors_)
        if (!box->currentData().toString().isEmpty())
            a.guarantorMembershipIds.append(box->currentData().toString());
    return a;
}

FieldProblems LoanApplicationDialog::problems() {
    FieldProblems found;
    const LoanApplication application = collect(&found);
    addUnreadable(found, appliedOn_, QStringLiteral("applied_on"));
    if (found.isEmpty())
        found = LoanService(db_).check(application);
    return found;
}

void LoanApplicationDialog::saveRecord() {
    FieldProblems ignored;
    loan_ = LoanService(db_).apply(collect(&ignored));
}

}  // namespace thanrak::ui
