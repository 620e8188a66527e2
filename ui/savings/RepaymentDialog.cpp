#include "savings/RepaymentDialog.h"

#include "base/Error.h"
#include "money/MoneyFormat.h"
#include "widgets/FieldForm.h"
#include "widgets/FormNumbers.h"
#include "widgets/ThaiDateEdit.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace thanrak::ui {

RepaymentDialog::RepaymentDialog(Database& database, const Loan& loan, const QString& borrower,
                                 QWidget* parent)
    : RecordDialog(tr("รับชำระเงินกู้"), parent),
      db_(database),
      loan_(loan),
      day_(new ThaiDateEdit(this)),
      standing_(new QLabel(this)),
      amount_(new QLineEdit(this)),
      payoff_(new QPushButton(tr("ปิดบัญชีทั้งหมด"), this)) {
    auto* heading = new QLabel(tr("สัญญาเลขที่ %1  ผู้กู้: %2").arg(contractNoText(loan), borrower), this);
    heading->setWordWrap(true);
    body()->insertWidget(0, heading);
    standing_->setWordWrap(true);
    amount_->setObjectName(QStringLiteral("amountEdit"));
    amount_->setAlignment(Qt::AlignRight);
    auto* amountRow = new QWidget(this);
    auto* row = new QHBoxLayout(amountRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(amount_, 1);
    row->addWidget(payoff_);
    day_->setDate(QDate::currentDate());
    form()->addRow(tr("วันที่รับชำระ (พ.ศ.)"), day_, QStringLiteral("day"));
    form()->addRow(QString(), standing_);
    form()->addRow(tr("จำนวนเงินที่รับ (บาท)"), amountRow, QStringLiteral("amount"));
    watch(day_, QStringLiteral("day"));
    watch(amount_, QStringLiteral("amount"));
    connect(day_, &ThaiDateEdit::edited, this, &RepaymentDialog::showStanding);
    connect(payoff_, &QPushButton::clicked, this, [this] {
        try {
            amount_->setText(
                formatMoney(RepaymentService(db_).standing(loan_.id, day_->date()).payoff()));
            fieldEdited(QStringLiteral("amount"));
        } catch (const Error&) {
            // the day cannot be read: the date box already says why
        }
    });
    setTabChain({day_->lineEdit(), amount_, payoff_});
    fitToScreen(fontMetrics().averageCharWidth() * 80);
    showStanding();
    revalidate();
}

void RepaymentDialog::showStanding() {
    if (!day_->date().isValid())
        return;
    try {
        const LoanStanding s = RepaymentService(db_).standing(loan_.id, day_->date());
        QString text = tr("ถึงกำหนดชำระ %1 บาท · ปิดบัญชีทั้งหมด %2 บาท · เงินต้นคงเหลือ %3 บาท")
                           .arg(formatMoney(s.dueNow()), formatMoney(s.payoff()),
                                formatMoney(s.outstandingPrincipal));
        if (s.daysOverdue() > 0)
            text += tr(" · ค้างชำระ %1 วัน").arg(s.daysOverdue());
        standing_->setText(text);
        if (amount_->text().isEmpty())
            amount_->setText(formatMoney(s.dueNow()));
    } catch (const Error& error) {
        standing_->setText(error.message());
    }
}

FieldProblems RepaymentDialog::problems() {
    FieldProblems found;
    addUnreadable(found, day_, QStringLiteral("day"));
    readMoney(amount_, QStringLiteral("amount"), found);
    return found;
}

void RepaymentDialog::saveRecord() {
    result_ = RepaymentService(db_).repay(loan_.id, day_->date(), parseMoney(amount_->text()));
}

}  // namespace thanrak::ui
