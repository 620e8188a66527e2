#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace thanrak::ui {

// A date typed the way Thai users write it, in B.E.: "22/11/2569" or
// "22 พ.ย. 2569". Beside the box the date is read back in full
// ("22 พฤศจิกายน 2569") so a slip in the year shows at once, or, when the text
// cannot be read, the core's Thai sentence saying why.
class ThaiDateEdit : public QWidget {
    Q_OBJECT

public:
    explicit ThaiDateEdit(QWidget* parent = nullptr);

    // The date typed; null when the box is empty or cannot be read.
    QDate date() const { return date_; }
    // True when something is typed that is not a date.
    bool hasError() const { return !error_.isEmpty(); }
    const QString& errorMessage() const { return error_; }
    bool isEmpty() const;

    void setDate(const QDate& date);
    QLineEdit* lineEdit() const { return edit_; }

signals:
    // The user changed the text (also when the date it reads is the same).
    void edited();

private:
    void readText();

    QLineEdit* edit_;
    QLabel* readBack_;
    QDate date_;
    QString error_;
};

}  // namespace thanrak::ui
