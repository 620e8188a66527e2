#pragma once

#include <QLabel>

namespace thanrak::ui {

// A problem with one field, in dark red under the field; takes no room when
// there is nothing to say.
class FieldMessage : public QLabel {
    Q_OBJECT

public:
    explicit FieldMessage(QWidget* parent = nullptr);

    void showMessage(const QString& message);
    void clearMessage() { showMessage({}); }
};

}  // namespace thanrak::ui
