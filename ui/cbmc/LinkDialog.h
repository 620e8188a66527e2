#pragma once

#include "cbmc/CbmcRecords.h"

#include <QDialog>

class QListWidget;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

// The links of one card: every card of the version it may be linked to
// (linkAllowed), ticked when the link is drawn. Space ticks, Enter saves.
class LinkDialog : public QDialog {
    Q_OBJECT

public:
    LinkDialog(Database& database, const CanvasItem& from, QWidget* parent = nullptr);
    QListWidget* choices() const { return choices_; }
    // Whether the card may be linked to anything at all.
    bool hasChoices() const;

    void accept() override;

private:
    Database& db_;
    CanvasItem from_;
    QListWidget* choices_;
    QHash<QString, QString> drawn_;  // target card id -> link id
};

}  // namespace thanrak::ui
