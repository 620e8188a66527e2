#include "cbmc/CardDialog.h"

#include "cbmc/CanvasRepository.h"
#include "money/MoneyFormat.h"
#include "widgets/FieldForm.h"
#include "widgets/FormNumbers.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace thanrak::ui {

CardDialog::CardDialog(Database& database, const CanvasItem& item, QWidget* parent)
    : RecordDialog(item.id.isEmpty() ? tr("เพิ่มรายการในแคนวาส") : tr("แก้ไขรายการในแคนวาส"), parent),
      db_(database),
      item_(item),
      text_(new QLineEdit(item.text, this)) {
    text_->setObjectName(QStringLiteral("cardText"));
    auto* heading = new QLabel(tr("ช่อง %1 %2").arg(blockNumber(item.block)).arg(canvasBlockLabel(item.block)), this);
    heading->setWordWrap(true);
    body()->insertWidget(0, heading);
    form()->addRow(tr("ข้อความ"), text_, QStringLiteral("text"));
    watch(text_, QStringLiteral("text"));
    QList<QWidget*> chain{text_};
    if (blockCarriesAmount(item.block)) {
        amount_ = new QLineEdit(this);
        amount_->setObjectName(QStringLiteral("cardAmount"));
        amount_->setAlignment(Qt::AlignRight);
        if (item.amount) amount_->setText(formatMoney(*item.amount));
        form()->addRow(tr("จำนวนเงินต่อปี (บาท) ไม่บังคับ"), amount_, QStringLiteral("amount"));
        watch(amount_, QStringLiteral("amount"));
        chain << amount_;
    }
    setTabChain(chain);
    fitToScreen(fontMetrics().averageCharWidth() * 80);
    if (!item.id.isEmpty()) showAllProblems();
    revalidate();
}

std::optional<CanvasItem> CardDialog::collect(FieldProblems& problems) const {
    CanvasItem card = item_;
    card.text = text_->text().trimmed();
    card.amount.reset();
    if (amount_ && !amount_->text().trimmed().isEmpty()) {
        card.amount = readMoney(amount_, QStringLiteral("amount"), problems);
        if (!card.amount) return std::nullopt;
    }
    return card;
}

FieldProblems CardDialog::problems() {
    FieldProblems found;
    if (const std::optional<CanvasItem> card = collect(found))
        found += CanvasRepository(db_).check(*card);
    return found;
}

void CardDialog::saveRecord() {
    FieldProblems ignored;
    std::optional<CanvasItem> card = collect(ignored);
    if (!card) return;
    CanvasRepository repository(db_);
    if (card->id.isEmpty())
        repository.add(*card);
    else
        repository.edit(*card);
    item_ = *card;
}

}  // namespace thanrak::ui
