#include "savings/LoanStepDialogs.h"

#include "base/Error.h"
#include "money/MoneyFormat.h"
#include "widgets/FieldForm.h"
#include "widgets/FormNumbers.h"
#include "widgets/ThaiDateEdit.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace thanrak::ui {

namespace {
QLabel* loanHeading(const Loan& loan, const QString& borrower, QWidget* parent) {
    auto* label =
        new QLabel(QCoreApplication::translate("LoanStepDialogs", "ผู้กู้: %1  ขอกู้ %2 บาท %3 งวด")
                       .arg(borrower, formatMoney(loan.requestedAmount))
                       .arg(loan.requestedMonths),
                   parent);
    label->setWordWrap(true);
    return label;
}
}  // namespace

LoanDecisionDialog::LoanDecisionDialog(Database& database, const Loan& loan,
                                       const QString& borrower, QWidget* parent)
    : RecordDialog(tr("มติคณะกรรมการเงินกู้"), parent),
      db_(database),
      loan_(loan),
      decision_(new QComboBox(this)),
      meeting_(new ThaiDateEdit(this)),
      amount_(new QLineEdit(formatMoney(loan.requestedAmount), this)),
      note_(new QLineEdit(this)) {
    body()->insertWidget(0, loanHeading(loan, borrower, this));
    decision_->addItem(tr("อนุมัติ"), true);
    decision_->addItem(tr("ไม่อนุมัติ"), false);
    decision_->setObjectName(QStringLiteral("decisionBox"));
    meeting_->setDate(QDate::currentDate());
    amount_->setAlignment(Qt::AlignRight);
    form()->addRow(tr("มติ"), decision_);
    form()->addRow(tr("วันที่ประชุมคณะกรรมการ (พ.ศ.)"), meeting_, QStringLiteral("approved_on"));
    form()->alsoShow(QStringLiteral("rejected_on"), QStringLiteral("approved_on"));
    form()->addRow(tr("วงเงินที่อนุมัติ (บาท)"), amount_, QStringLiteral("approved_amount"));
    form()->alsoShow(QStringLiteral("amount"), QStringLiteral("approved_amount"));
    form()->addRow(tr("หมายเหตุ"), note_, QStringLiteral("decision_note"));
    watch(meeting_, QStringLiteral("approved_on"));
    watch(amount_, QStringLiteral("approved_amount"));
    connect(decision_, &QComboBox::currentIndexChanged, this,
            [this] { amount_->setEnabled(decision_->currentData().toBool()); });
    setTabChain({decision_, meeting_->lineEdit(), amount_, note_});
    fitToScreen(fontMetrics().averageCharWidth() * 80);
    revalidate();
}

FieldProblems LoanDecisionDialog::problems() {
    FieldProblems found;
    addUnreadable(found, meeting_, QStringLiteral("approved_on"));
    if (decision_->currentData().toBool()) {
        readMoney(amount_, QStringLiteral("approved_amount"), found);
    }
    return found;
}

void LoanDecisionDialog::saveRecord() {
    LoanService service(db_);
    if (decision_->currentData().toBool())
        loan_ = service.approve(loan_.id, meeting_->date(), parseMoney(amount_->text()),
                                note_->text().trimmed());
    else
        loan_ = service.reject(loan_.id, meeting_->date(), note_->text().trimmed());
}

DisbursementDialog::DisbursementDialog(Database& database, const Loan& loan,
                                       const QString& borrower, QWidget* parent)
    : RecordDialog(tr("จ่ายเงินกู้และทำสัญญา"), parent),
      db_(database),
      loan_(loan),
      day_(new ThaiDateEdit(this)),
      kind_(new QComboBox(this)),
      goods_(new QLineEdit(this)) {
    body()->insertWidget(0, loanHeading(loan, borrower, this));
    auto* approved =
        new QLabel(tr("วงเงินที่อนุมัติ %1 บาท").arg(formatMoney(loan.approvedAmount)), this);
    body()->insertWidget(1, approved);
    kind_->addItem(tr("จ่ายเป็นเงินสด"), static_cast<int>(DisbursementKind::Cash));
    kind_->addItem(tr("จ่ายเป็นสิ่งของ (ปุ๋ย เมล็ดพันธุ์ ฯลฯ)"), static_cast<int>(DisbursementKind::InKind));
    day_->setDate(QDate::currentDate());
    form()->addRow(tr("วันที่จ่ายเงินกู้ (พ.ศ.)"), day_, QStringLiteral("disbursed_on"));
    form()->addRow(tr("จ่ายเป็น"), kind_);
    form()->addRow(tr("สิ่งของที่จ่าย"), goods_, QStringLiteral("in_kind_description"));
    watch(day_, QStringLiteral("disbursed_on"));
    watch(goods_, QStringLiteral("in_kind_description"));
    goods_->setEnabled(false);
    connect(kind_, &QComboBox::currentIndexChanged, this, [this] {
        goods_->setEnabled(kind_->currentData().toInt() ==
                           static_cast<int>(DisbursementKind::InKind));
        revalidate();
    });
    setTabChain({day_->lineEdit(), kind_, goods_});
    fitToScreen(fontMetrics().averageCharWidth() * 80);
    revalidate();
}

FieldProblems DisbursementDialog::problems() {
    FieldProblems found;
    addUnreadable(found, day_, QStringLiteral("disbursed_on"));
    if (goods_->isEnabled() && goods_->text().trimmed().isEmpty())
        found.append({QStringLiteral("in_kind_description"), tr("กรุณาระบุสิ่งของที่จ่ายแทนเงินสด")});
    return found;
}

void DisbursementDialog::saveRecord() {
    result_ = LoanService(db_).disburse(loan_.id, day_->date(),
                                        static_cast<DisbursementKind>(kind_->currentData().toInt()),
                                        goods_->text().trimmed());
}

}  // namespace thanrak::ui
