#include "savings/ReplacementDialog.h"

#include "base/Error.h"
#include "money/MoneyFormat.h"
#include "widgets/FieldForm.h"
#include "widgets/FormNumbers.h"
#include "widgets/ThaiDateEdit.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace thanrak::ui {

ReplacementDialog::ReplacementDialog(Database& database, const Loan& loan,
                                     const QString& borrower, QWidget* parent)
    : RecordDialog(tr("ต่อสัญญา / ปรับโครงสร้างหนี้"), parent),
      db_(database),
      loan_(loan),
      kind_(new QComboBox(this)),
      day_(new ThaiDateEdit(this)),
      owed_(new QLabel(this)),
      amount_(new QLineEdit(this)),
      months_(new QLineEdit(this)),
      note_(new QLineEdit(this)) {
    auto* heading = new QLabel(tr("ผู้กู้: %1  สัญญาเดิมเลขที่ %2").arg(borrower, contractNoText(loan)), this);
    heading->setWordWrap(true);
    body()->insertWidget(0, heading);
    owed_->setWordWrap(true);
    owed_->setObjectName(QStringLiteral("replacementOwed"));
    body()->insertWidget(1, owed_);
    kind_->addItem(tr("ต่อสัญญา (ชำระดอกเบี้ยแล้ว ยอดเงินต้นยกไปสัญญาใหม่)"),
                   static_cast<int>(ReplacementKind::Renewal));
    kind_->addItem(tr("ปรับโครงสร้างหนี้ (ดอกเบี้ยค้างรวมเข้าเงินต้นใหม่)"),
                   static_cast<int>(ReplacementKind::Restructure));
    day_->setDate(QDate::currentDate());
    amount_->setAlignment(Qt::AlignRight);
    months_->setAlignment(Qt::AlignRight);
    months_->setText(loan.terms ? QString::number(loan.terms->months) : QString());
    form()->addRow(tr("แบบ"), kind_);
    form()->addRow(tr("วันที่ทำสัญญาใหม่ (พ.ศ.)"), day_, QStringLiteral("applied_on"));
    form()->alsoShow(QStringLiteral("approved_on"), QStringLiteral("applied_on"));
    form()->alsoShow(QStringLiteral("disbursed_on"), QStringLiteral("applied_on"));
    form()->addRow(tr("ยอดเงินกู้สัญญาใหม่ (บาท)"), amount_, QStringLiteral("amount"));
    form()->alsoShow(QStringLiteral("approved_amount"), QStringLiteral("amount"));
    form()->addRow(tr("จำนวนงวด (เดือน)"), months_, QStringLiteral("months"));
    form()->addRow(tr("มติ/หมายเหตุ"), note_, QStringLiteral("decision_note"));
    watch(day_, QStringLiteral("applied_on"));
    watch(amount_, QStringLiteral("amount"));
    watch(months_, QStringLiteral("months"));
    connect(kind_, &QComboBox::currentIndexChanged, this, &ReplacementDialog::showQuote);
    connect(day_, &ThaiDateEdit::edited, this, &ReplacementDialog::showQuote);
    setTabChain({kind_, day_->lineEdit(), amount_, months_, note_});
    fitToScreen(fontMetrics().averageCharWidth() * 90);
    showQuote();
}

void ReplacementDialog::showQuote() {
    quote_.reset();
    owed_->clear();
    if (day_->date().isValid()) {
        try {
            quote_ = quoteReplacement(db_, loan_.id, day_->date());
        } catch (const Error& e) {
            owed_->setText(e.message());
        }
    }
    if (quote_) {
        const auto kind = static_cast<ReplacementKind>(kind_->currentData().toInt());
        const Money least = quote_->minimumFor(kind);
        owed_->setText(tr("ณ วันนั้นสัญญาเดิมค้างเงินต้น %1 บาท ดอกเบี้ย %2 บาท ค่าปรับ %3 บาท\n"
                          "สัญญาใหม่ต้องไม่น้อยกว่า %4 บาท")
                           .arg(formatMoney(quote_->principal), formatMoney(quote_->interest),
                                formatMoney(quote_->fine), formatMoney(least)));
        // Suggest the least amount until the user types one of their own.
        if (amount_->text().trimmed().isEmpty() || amount_->text() == suggested_) {
            suggested_ = formatMoney(least);
            amount_->setText(suggested_);
        }
    }
    revalidate();
}

FieldProblems ReplacementDialog::problems() {
    FieldProblems found;
    addUnreadable(found, day_, QStringLiteral("applied_on"));
    const std::optional<Money> amount = readMoney(amount_, QStringLiteral("amount"), found);
    readInteger(months_, QStringLiteral("months"), found);
    if (quote_ && amount)
        found += replacementProblems(*quote_,
                                     static_cast<ReplacementKind>(kind_->currentData().toInt()),
                                     *amount);
    return found;
}

void ReplacementDialog::saveRecord() {
    result_ = replaceLoan(db_, {loan_.id, static_cast<ReplacementKind>(kind_->currentData().toInt()),
                                day_->date(), parseMoney(amount_->text()),
                                months_->text().trimmed().toInt(), note_->text().trimmed()});
}

}  // namespace thanrak::ui
