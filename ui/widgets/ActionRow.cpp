#include "widgets/ActionRow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace thanrak::ui {

QWidget* actionRow(QWidget* parent, const QList<QPushButton*>& buttons, QLabel* outcome) {
    auto* bar = new QWidget(parent);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    for (QPushButton* button : buttons) row->addWidget(button);
    outcome->setWordWrap(true);
    outcome->hide();
    row->addWidget(outcome, 1);
    row->addStretch();
    return bar;
}

}  // namespace thanrak::ui
