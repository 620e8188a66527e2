#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace thanrak::ui {

// เลขประจำตัวประชาชน typed any way (spaces, dashes, Thai digits). Once 13 digits
// are there, the number is shown grouped 1-2345-67890-12-1 beside the box, and
// the box itself is tidied to that form when the user leaves it. Whether the
// number is valid is the core's call (PersonRepository::check).
class NationalIdEdit : public QWidget {
    Q_OBJECT

public:
    explicit NationalIdEdit(QWidget* parent = nullptr);

    QString text() const;  // as typed, for the core to validate and normalise
    void setText(const QString& text);
    QLineEdit* lineEdit() const { return edit_; }

signals:
    void edited();

private:
    void showGrouped();
    void tidy();

    QLineEdit* edit_;
    QLabel* grouped_;
};

}  // namespace thanrak::ui
