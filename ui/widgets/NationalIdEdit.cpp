#include "widgets/NationalIdEdit.h"

#include "thai/NationalId.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace thanrak::ui {

NationalIdEdit::NationalIdEdit(QWidget* parent)
    : QWidget(parent), edit_(new QLineEdit(this)), grouped_(new QLabel(this)) {
    edit_->setPlaceholderText(tr("13 หลัก เว้นวรรคหรือขีดได้"));
    edit_->setMaxLength(30);
    const QFontMetrics metrics = edit_->fontMetrics();
    edit_->setMinimumWidth(metrics.horizontalAdvance(QStringLiteral("0-0000-00000-00-0")) * 3 / 2);
    grouped_->setTextFormat(Qt::PlainText);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit_);
    layout->addWidget(grouped_, 1);
    setFocusProxy(edit_);
    connect(edit_, &QLineEdit::textEdited, this, [this] {
        showGrouped();
        emit edited();
    });
    connect(edit_, &QLineEdit::editingFinished, this, &NationalIdEdit::tidy);
}

QString NationalIdEdit::text() const {
    return edit_->text().trimmed();
}

void NationalIdEdit::setText(const QString& text) {
    edit_->setText(formatNationalId(text));
    showGrouped();
}

void NationalIdEdit::showGrouped() {
    const QString digits = normalizeNationalId(edit_->text());
    const QString grouped = digits.isEmpty() ? QString() : formatNationalId(digits);
    grouped_->setText(grouped == edit_->text().trimmed() ? QString() : grouped);
}

void NationalIdEdit::tidy() {
    const QString digits = normalizeNationalId(edit_->text());
    if (!digits.isEmpty() && edit_->text() != formatNationalId(digits))
        edit_->setText(formatNationalId(digits));
    showGrouped();
}

}  // namespace thanrak::ui
