#include "savings/FineRuleEdit.h"

#include "base/Error.h"
#include "money/MoneyFormat.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

namespace thanrak::ui {

FineRuleEdit::FineRuleEdit(QWidget* parent)
    : QWidget(parent), kind_(new QComboBox(this)), amount_(new QLineEdit(this)) {
    kind_->addItem(tr("ไม่มีค่าปรับ"), static_cast<int>(FineRule::Kind::None));
    kind_->addItem(tr("ปรับเป็นจำนวนเงิน (บาท)"), static_cast<int>(FineRule::Kind::Fixed));
    kind_->addItem(tr("ปรับร้อยละของยอดค้าง"), static_cast<int>(FineRule::Kind::Percent));
    amount_->setMaximumWidth(fontMetrics().averageCharWidth() * 14);
    amount_->setAlignment(Qt::AlignRight);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(kind_, 1);
    row->addWidget(amount_);
    setFocusProxy(kind_);
    connect(kind_, &QComboBox::currentIndexChanged, this, &FineRuleEdit::kindChanged);
    connect(amount_, &QLineEdit::textEdited, this, &FineRuleEdit::edited);
    kindChanged();
}

void FineRuleEdit::setRule(const FineRule& rule) {
    kind_->setCurrentIndex(kind_->findData(static_cast<int>(rule.kind)));
    if (rule.kind == FineRule::Kind::Fixed)
        amount_->setText(formatMoney(rule.fixed));
    else if (rule.kind == FineRule::Kind::Percent)
        amount_->setText(formatDecimal(rule.percent, 2));
    else
        amount_->clear();
}

FineRule FineRuleEdit::rule(bool* ok) const {
    *ok = true;
    const auto kind = static_cast<FineRule::Kind>(kind_->currentData().toInt());
    try {
        if (kind == FineRule::Kind::Fixed)
            return FineRule::fixedAmount(parseMoney(amount_->text()));
        if (kind == FineRule::Kind::Percent)
            return FineRule::percentOf(parseDecimal(amount_->text()));
    } catch (const Error&) {
        *ok = false;
    }
    return FineRule::none();
}

void FineRuleEdit::kindChanged() {
    amount_->setEnabled(kind_->currentData().toInt() != static_cast<int>(FineRule::Kind::None));
    emit edited();
}

}  // namespace thanrak::ui
