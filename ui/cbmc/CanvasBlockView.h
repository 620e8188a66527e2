#pragma once

#include "cbmc/CbmcRecords.h"

#include <QFrame>

class QListWidget;

namespace thanrak::ui {

// One block of the canvas: its number and name, the question the group
// answers in it, and its cards in order. Cards can be dragged with the mouse
// to another place in this block or to another block.
class CanvasBlockView : public QFrame {
    Q_OBJECT

public:
    CanvasBlockView(CanvasBlock block, QWidget* parent = nullptr);

    CanvasBlock block() const { return block_; }
    QListWidget* cards() const { return cards_; }
    // Shows `items` (this block's, in order) with how many links each has.
    void showCards(const QList<CanvasItem>& items, const QHash<QString, int>& linkCounts);
    QString currentCardId() const;
    void selectCard(const QString& id);

    // The MIME type a dragged card travels as: its id, UTF-8.
    static QString cardMimeType();

signals:
    // A card was dropped on this block, to go before the card now at
    // `before` (1-based, as listed; count + 1 = at the end).
    void cardDropped(const QString& cardId, int before);

private:
    CanvasBlock block_;
    QWidget* header_;
    QWidget* question_;
    QListWidget* cards_;
};

}  // namespace thanrak::ui
