#include "shell/Workspace.h"

#include "shell/ModulePage.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace thanrak::ui {

Workspace::Workspace(QWidget* parent)
    : QWidget(parent),
      navigation_(new QListWidget(this)),
      right_(new QVBoxLayout),
      pages_(new QStackedWidget(this)) {
    navigation_->setObjectName(QStringLiteral("navigation"));
    QFont bigger = navigation_->font();
    bigger.setPointSize(bigger.pointSize() * 9 / 8);
    bigger.setBold(true);
    navigation_->setFont(bigger);
    navigation_->setSpacing(QFontMetrics(bigger).height() / 6);
    navigation_->setFrameShape(QFrame::NoFrame);
    navigation_->setStyleSheet(QStringLiteral(
        "QListWidget#navigation { background: #1f3b57; color: white; padding-top: 0.5em; }"
        "QListWidget#navigation::item { padding: 0.25em 0.6em; border: none; }"
        "QListWidget#navigation::item:!selected { padding: 0.25em 0.6em; }"
        "QListWidget#navigation::item:selected { padding: 0.25em 0.6em; background: #f3f3ef;"
        "  color: #111111; }"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(navigation_);
    right_->setContentsMargins(0, 0, 0, 0);
    right_->setSpacing(0);
    right_->addWidget(pages_, 1);
    layout->addLayout(right_, 1);
    connect(navigation_, &QListWidget::currentRowChanged, this, &Workspace::show);
}

void Workspace::addModule(ModulePage* page) {
    const int index = pages_->addWidget(page);
    navigation_->addItem(page->title());
    if (index < 9) {
        const QKeySequence key(QKeyCombination(Qt::ControlModifier, Qt::Key(Qt::Key_1 + index)));
        navigation_->item(index)->setToolTip(key.toString(QKeySequence::NativeText));
        connect(new QShortcut(key, this), &QShortcut::activated, this,
                [this, index] { setCurrentModule(index); });
    }
    const int width = navigation_->sizeHintForColumn(0) + navigation_->fontMetrics().height();
    navigation_->setFixedWidth(width);
    if (navigation_->currentRow() < 0)
        navigation_->setCurrentRow(0);
}

void Workspace::addNotice(QWidget* notice) {
    right_->insertWidget(right_->count() - 1, notice);
}

int Workspace::moduleCount() const {
    return pages_->count();
}

int Workspace::currentModule() const {
    return navigation_->currentRow();
}

void Workspace::setCurrentModule(int index) {
    if (index >= 0 && index < pages_->count())
        navigation_->setCurrentRow(index);
}

ModulePage* Workspace::module(int index) const {
    return qobject_cast<ModulePage*>(pages_->widget(index));
}

void Workspace::show(int index) {
    ModulePage* page = module(index);
    if (!page)
        return;
    page->refresh();
    pages_->setCurrentWidget(page);
}

}  // namespace thanrak::ui
