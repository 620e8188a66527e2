#pragma once

#include "cbmc/CbmcRecords.h"

#include <QFrame>

class QLabel;
class QListWidget;

namespace thanrak::ui {

// One block of the canvas: its number and name, the question the group
// answers in it, and its cards in order.
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

private:
    CanvasBlock block_;
    QLabel* header_;
    QLabel* question_;
    QListWidget* cards_;
};

}  // namespace thanrak::ui
