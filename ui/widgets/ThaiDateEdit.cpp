#include "widgets/ThaiDateEdit.h"

#include "thai/ThaiDate.h"
#include "thai/ThaiDateParse.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

#include <algorithm>

namespace thanrak::ui {

ThaiDateEdit::ThaiDateEdit(QWidget* parent)
    : QWidget(parent), edit_(new QLineEdit(this)), readBack_(new QLabel(this)) {
    edit_->setPlaceholderText(tr("วว/ดด/ปปปป"));
    edit_->setToolTip(tr("พิมพ์ปี พ.ศ. เช่น 22/11/2569 หรือ 22 พ.ย. 2569"));
    edit_->setMaxLength(40);
    // Room for "22 พ.ย. 2569" and a little more; the rest of the row is for
    // the date read back in full.
    const int width = edit_->fontMetrics().horizontalAdvance(QStringLiteral("22 พ.ย. 2569"));
    edit_->setFixedWidth(width + edit_->fontMetrics().averageCharWidth() * 4);
    readBack_->setTextFormat(Qt::PlainText);
    readBack_->setWordWrap(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit_);
    layout->addWidget(readBack_, 1);
    // Room for the longest date in full (the month names differ in length,
    // กุมภาพันธ์ most), so a valid date is never wrapped onto two lines.
    int longest = 0;
    for (int month = 1; month <= 12; ++month)
        longest = std::max(longest, readBack_->fontMetrics().horizontalAdvance(
                                        formatThaiDate(QDate(2000, month, 28), ThaiDateStyle::Long)));
    readBack_->setMinimumWidth(longest);
    setFocusProxy(edit_);
    connect(edit_, &QLineEdit::textEdited, this, [this] {
        readText();
        emit edited();
    });
}

bool ThaiDateEdit::isEmpty() const {
    return edit_->text().trimmed().isEmpty();
}

void ThaiDateEdit::setDate(const QDate& date) {
    edit_->setText(date.isValid() ? formatThaiDate(date, ThaiDateStyle::Numeric) : QString());
    readText();
}

void ThaiDateEdit::readText() {
    date_ = {};
    error_.clear();
    if (isEmpty()) {
        readBack_->clear();
        return;
    }
    const DateParseResult result = tryParseThaiDate(edit_->text(), Era::BuddhistEra);
    if (result.ok()) {
        date_ = result.date;
        readBack_->setStyleSheet(QString());
        readBack_->setText(formatThaiDate(date_, ThaiDateStyle::Long));
    } else {
        error_ = result.message;
        readBack_->setStyleSheet(QStringLiteral("color: #a00000;"));
        readBack_->setText(error_);
    }
}

}  // namespace thanrak::ui
