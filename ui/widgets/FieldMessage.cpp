#include "widgets/FieldMessage.h"

namespace thanrak::ui {

FieldMessage::FieldMessage(QWidget* parent) : QLabel(parent) {
    setObjectName(QStringLiteral("fieldMessage"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    // Dark red on white passes WCAG AA contrast; bright red does not.
    setStyleSheet(QStringLiteral("color: #a00000;"));
    hide();
}

void FieldMessage::showMessage(const QString& message) {
    setText(message);
    setVisible(!message.isEmpty());
}

}  // namespace thanrak::ui
