#pragma once

#include "exchange/ExchangeRecords.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

class ListTable;

// Records changed both here and at the other office since the last exchange.
// The import kept this file's version; here the user sees what differs and
// decides: use the incoming version, or keep this one.
class ConflictsPanel : public QWidget {
    Q_OBJECT

public:
    explicit ConflictsPanel(Database& database, QWidget* parent = nullptr);

    void reload();
    int count() const { return static_cast<int>(conflicts_.size()); }

    ListTable* table() const { return table_; }
    QPushButton* takeButton() const { return take_; }
    QPushButton* keepButton() const { return keep_; }

signals:
    void decided();

private:
    void showCurrent();
    void decide(ConflictChoice choice);

    Database& db_;
    QList<ExchangeConflict> conflicts_;
    ListTable* table_;
    QLabel* detail_;
    QPushButton* take_;
    QPushButton* keep_;
    QLabel* outcome_;
};

}  // namespace thanrak::ui
