#pragma once

#include "cbmc/CbmcRecords.h"

#include <QWidget>

class QListWidget;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

class CanvasBlockView;

// The nine blocks of one version's canvas, in the community's working order
// (three rows of three), worked from the keyboard:
//   Insert / Ctrl+N add a card to the focused block, Enter / F2 edit it,
//   Delete removes it, Ctrl+Up / Ctrl+Down reorder it, Ctrl+Left / Ctrl+Right
//   move it to the end of the previous / next block, Ctrl+L links it,
//   Tab and Ctrl+1..9 go to a block. Double-click and the context menu do the
//   same, and a card can be dragged to another place or block with the mouse.
class CanvasEditor : public QWidget {
    Q_OBJECT

public:
    CanvasEditor(Database& database, QWidget* parent = nullptr);

    void showVersion(const QString& versionId);
    const QString& versionId() const { return versionId_; }
    QListWidget* cards(CanvasBlock block) const;
    void focusBlock(CanvasBlock block);

    void addCard();
    void editCard();
    void removeCard();
    void moveWithin(bool up);
    void moveToBlock(int step);
    void linkCard();
    // Puts a card where it was dropped: before the card listed at `before`
    // (1-based) in `block`. A move the method forbids is refused with the reason.
    void dropCard(const QString& cardId, CanvasBlock block, int before);

signals:
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void reload(const QString& selectId = {});
    void showMenu(CanvasBlockView* view, const QPoint& at);
    bool handleKey(QKeyEvent* key);
    CanvasBlockView* focusedBlock() const;
    std::optional<CanvasItem> currentCard() const;
    void afterWrite(const QString& selectId);

    Database& db_;
    QString versionId_;
    QList<CanvasBlockView*> blocks_;
    CanvasBlockView* lastFocused_ = nullptr;
};

}  // namespace thanrak::ui
