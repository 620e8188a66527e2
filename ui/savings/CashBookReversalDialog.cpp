#include "savings/CashBookReversalDialog.h"

#include "ledger/OtherEntries.h"
#include "thai/ThaiDate.h"
#include "widgets/FieldForm.h"
#include "widgets/ThaiDateEdit.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace thanrak::ui {

namespace {
const QString kDate = QStringLiteral("date");
const QString kReason = QStringLiteral("reason");
}  // namespace

CashBookReversalDialog::CashBookReversalDialog(Database& database, const PostedEntry& entry,
                                               const QString& amountText, QWidget* parent)
    : RecordDialog(tr("กลับรายการ"), parent),
      db_(database),
      entry_(entry),
      date_(new ThaiDateEdit(this)),
      reason_(new QLineEdit(this)) {
    auto* heading = new QLabel(tr("รายการเลขที่ %1 วันที่ %2\n%3\n%4")
                                   .arg(entry.entryNo)
                                   .arg(formatThaiDate(entry.date), entry.description, amountText),
                               this);
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    auto* note = new QLabel(tr("รายการเดิมยังอยู่ในสมุดเหมือนเดิม โปรแกรมจะบันทึกรายการใหม่ที่กลับด้านกัน "
                               "เพื่อยกเลิกยอดของรายการเดิม แล้วจึงบันทึกรายการที่ถูกต้องใหม่ได้"),
                            this);
    note->setWordWrap(true);
    body()->insertWidget(0, heading);
    body()->insertWidget(1, note);
    date_->lineEdit()->setObjectName(QStringLiteral("reversalDateEdit"));
    date_->setDate(QDate::currentDate());
    reason_->setObjectName(QStringLiteral("reasonEdit"));
    reason_->setMaxLength(200);
    reason_->setPlaceholderText(tr("เช่น พิมพ์จำนวนเงินผิด"));
    form()->addRow(tr("วันที่กลับรายการ (พ.ศ.)"), date_, kDate);
    form()->addRow(tr("เหตุผล"), reason_, kReason);
    watch(date_, kDate);
    watch(reason_, kReason);
    saveButton()->setText(tr("กลับรายการ (Enter)"));
    setTabChain({reason_, date_->lineEdit()});
    fitToScreen(fontMetrics().averageCharWidth() * 80);
    revalidate();
}

FieldProblems CashBookReversalDialog::problems() {
    FieldProblems found =
        OtherEntries(db_).checkReversal(entry_.id, date_->date(), reason_->text());
    if (date_->hasError())
        found.removeIf([](const FieldProblem& p) { return p.field == kDate; });
    addUnreadable(found, date_, kDate);
    return found;
}

void CashBookReversalDialog::saveRecord() {
    posted_ = OtherEntries(db_).reverse(entry_.id, date_->date(), reason_->text());
}

}  // namespace thanrak::ui
