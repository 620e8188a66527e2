#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

// The notice the window opens with when product certificates run out within
// 90 days: the soonest few by date, standard, number and product, a button to
// the full list, and one to put the notice away for this session. Hidden
// when there are none; one line once compact.
class ExpiryReminder : public QFrame {
    Q_OBJECT

public:
    ExpiryReminder(Database& database, QWidget* parent = nullptr);
    void refresh();
    // One line (the count and the buttons) instead of the list: once the
    // user has moved on from the first page, the notice stops taking room.
    void setCompact(bool compact);
    QLabel* text() const { return text_; }

signals:
    void listRequested();

private:
    Database& db_;
    QLabel* text_;
    QPushButton* open_;
    QPushButton* close_;
    bool dismissed_ = false;
    bool compact_ = false;
};

}  // namespace thanrak::ui
