#include "widgets/PersonPicker.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace thanrak::ui {

PersonPicker::PersonPicker(Source source, QWidget* parent)
    : QWidget(parent),
      source_(std::move(source)),
      search_(new QLineEdit(this)),
      list_(new QListWidget(this)) {
    search_->setObjectName(QStringLiteral("personSearch"));
    search_->setPlaceholderText(tr("พิมพ์ชื่อ นามสกุล หรือเลขประจำตัว"));
    search_->setClearButtonEnabled(true);
    list_->setObjectName(QStringLiteral("personChoices"));
    list_->setMinimumHeight(fontMetrics().height() * 7);
    list_->setSpacing(fontMetrics().height() / 8);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(search_);
    layout->addWidget(list_);
    setFocusProxy(search_);
    search_->installEventFilter(this);
    connect(search_, &QLineEdit::textChanged, this, &PersonPicker::refill);
    connect(list_, &QListWidget::currentRowChanged, this, &PersonPicker::chosen);
    refill();
}

QString PersonPicker::currentId() const {
    const QListWidgetItem* item = list_->currentItem();
    return item && item->isSelected() ? item->data(Qt::UserRole).toString() : QString();
}

void PersonPicker::refill() {
    const QString before = currentId();
    list_->clear();
    for (const PickChoice& choice : source_(search_->text().trimmed())) {
        auto* item = new QListWidgetItem(choice.label, list_);
        item->setData(Qt::UserRole, choice.id);
        if (choice.id == before)
            list_->setCurrentItem(item);
    }
    if (list_->count() == 1)
        list_->setCurrentRow(0);
    emit chosen();
}

bool PersonPicker::eventFilter(QObject* watched, QEvent* event) {
    if (watched == search_ && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && list_->count() > 0) {
            const int step = key == Qt::Key_Down ? 1 : -1;
            const int row = std::clamp(list_->currentRow() + step, 0, list_->count() - 1);
            list_->setCurrentRow(row);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace thanrak::ui
