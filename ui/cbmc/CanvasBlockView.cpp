#include "cbmc/CanvasBlockView.h"

#include "money/MoneyFormat.h"

#include <QDragEnterEvent>
#include <QListWidget>
#include <QMimeData>
#include <QResizeEvent>

#include <algorithm>
#include <QPainter>
#include <QVBoxLayout>

namespace thanrak::ui {

namespace {
// A list that asks for a few lines only: the canvas shares the height of a
// 768-pixel screen between three rows of blocks, and the grid stretches
// them over whatever room there is. Its cards drag out as their ids, and a
// card dropped on it is handed to `dropped` with the place it should take.
class CardList : public QListWidget {
public:
    using QListWidget::QListWidget;
    std::function<void(const QString&, int)> dropped;

    QSize sizeHint() const override {
        return {fontMetrics().averageCharWidth() * 24, fontMetrics().height() * 3};
    }
    QSize minimumSizeHint() const override { return {fontMetrics().averageCharWidth() * 12, fontMetrics().height() * 2}; }

protected:
    QMimeData* mimeData(const QList<QListWidgetItem*>& items) const override {
        if (items.isEmpty()) return nullptr;
        auto* mime = new QMimeData;
        mime->setData(CanvasBlockView::cardMimeType(), items.first()->data(Qt::UserRole).toString().toUtf8());
        return mime;
    }
    QStringList mimeTypes() const override { return {CanvasBlockView::cardMimeType()}; }
    void dragEnterEvent(QDragEnterEvent* event) override {
        if (!event->mimeData()->hasFormat(CanvasBlockView::cardMimeType())) return;
        QListWidget::dragEnterEvent(event);  // the view starts drawing where the card would go
        event->acceptProposedAction();
    }
    void dragMoveEvent(QDragMoveEvent* event) override {
        if (!event->mimeData()->hasFormat(CanvasBlockView::cardMimeType())) return;
        QListWidget::dragMoveEvent(event);  // draws where it would go
        event->acceptProposedAction();
    }
    void dropEvent(QDropEvent* event) override {
        const QString id = QString::fromUtf8(event->mimeData()->data(CanvasBlockView::cardMimeType()));
        if (id.isEmpty()) return;
        const QPoint at = event->position().toPoint();
        int before = count() + 1;
        if (const QModelIndex index = indexAt(at); index.isValid())
            before = index.row() + 1 + (at.y() > visualRect(index).center().y() ? 1 : 0);
        // The list is not changed here: the core moves the card (or says why
        // not) and the canvas is read again, after the drag has finished.
        event->setDropAction(Qt::CopyAction);
        event->accept();
        stopAutoScroll();
        setState(NoState);
        viewport()->update();
        if (dropped) dropped(id, before);
    }
};

// A block's heading or question: wrapped over up to `maxLines` lines where
// the block is narrow, and otherwise one line ending in "…" (the tooltip has
// it all). Unlike a word-wrapped QLabel its minimum is only `minLines` lines,
// so the canvas never demands more height than a 768-pixel screen has; a
// question (minLines 0) gives way before the cards do.
class FittedText : public QWidget {
public:
    FittedText(const QString& text, int maxLines, int minLines, QWidget* parent)
        : QWidget(parent), text_(text), maxLines_(maxLines), minLines_(minLines) {
        setToolTip(text);
    }
    QSize sizeHint() const override {
        hinted_ = std::min(linesAt(width()), maxLines_);
        return {fontMetrics().horizontalAdvance(text_), hinted_ * fontMetrics().lineSpacing()};
    }
    QSize minimumSizeHint() const override {
        return {fontMetrics().averageCharWidth() * 8, minLines_ * fontMetrics().lineSpacing()};
    }

protected:
    void resizeEvent(QResizeEvent* event) override {
        // The layout keeps the last hint; a new width may need another.
        if (std::min(linesAt(event->size().width()), maxLines_) != hinted_) updateGeometry();
        QWidget::resizeEvent(event);
    }
    void paintEvent(QPaintEvent*) override {
        const QRect room = contentsRect();
        if (room.height() < fontMetrics().height()) return;  // no half lines
        QPainter painter(this);
        painter.setPen(palette().color(QPalette::WindowText));
        const int lines = linesAt(room.width());
        if (lines <= maxLines_ && lines * fontMetrics().lineSpacing() <= room.height())
            painter.drawText(room, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text_);
        else
            painter.drawText(room, Qt::AlignLeft | Qt::AlignVCenter,
                             fontMetrics().elidedText(text_, Qt::ElideRight, room.width()));
    }

private:
    int linesAt(int width) const {
        if (width <= 0) return 1;
        const QRect needed = fontMetrics().boundingRect(QRect(0, 0, width, 1 << 16), Qt::TextWordWrap, text_);
        // n lines are (n − 1) line spacings and one line's height.
        return 1 + std::max(0, (needed.height() - fontMetrics().height() + fontMetrics().lineSpacing() / 2) /
                                   fontMetrics().lineSpacing());
    }

    QString text_;
    int maxLines_;
    int minLines_;
    mutable int hinted_ = 0;  // lines in the last sizeHint()
};
}  // namespace

CanvasBlockView::CanvasBlockView(CanvasBlock block, QWidget* parent)
    : QFrame(parent),
      block_(block),
      header_(new FittedText(QStringLiteral("%1. %2").arg(blockNumber(block)).arg(canvasBlockLabel(block)), 2, 1, this)),
      question_(new FittedText(canvasBlockQuestion(block), 1, 0, this)),
      cards_(new CardList(this)) {
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("canvasBlock%1").arg(blockNumber(block)));
    cards_->setObjectName(QStringLiteral("canvasCards%1").arg(blockNumber(block)));
    cards_->setWordWrap(true);
    cards_->setTextElideMode(Qt::ElideNone);
    cards_->setContextMenuPolicy(Qt::CustomContextMenu);
    cards_->setDragDropMode(QAbstractItemView::DragDrop);
    cards_->setDefaultDropAction(Qt::MoveAction);
    cards_->setDropIndicatorShown(true);
    static_cast<CardList*>(cards_)->dropped = [this](const QString& id, int before) { emit cardDropped(id, before); };
    cards_->setAccessibleName(canvasBlockLabel(block));
    cards_->setAccessibleDescription(canvasBlockQuestion(block));
    QFont bold = header_->font();
    bold.setBold(true);
    header_->setFont(bold);
    QFont small = question_->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    question_->setFont(small);
    QPalette grey = question_->palette();
    grey.setColor(QPalette::WindowText, QColor(0x66, 0x66, 0x66));
    question_->setPalette(grey);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->setSpacing(2);
    layout->addWidget(header_);
    layout->addWidget(question_);
    layout->addWidget(cards_, 1);
}

void CanvasBlockView::showCards(const QList<CanvasItem>& items, const QHash<QString, int>& linkCounts) {
    cards_->clear();
    for (const CanvasItem& item : items) {
        QString text = item.text;
        if (item.amount) text += tr(" — %1 บาท").arg(formatMoney(*item.amount));
        if (const int links = linkCounts.value(item.id)) text += tr("  [เชื่อม %1]").arg(links);
        auto* row = new QListWidgetItem(text, cards_);
        row->setData(Qt::UserRole, item.id);
        row->setToolTip(text);
    }
}

QString CanvasBlockView::cardMimeType() {
    return QStringLiteral("application/x-thanrak-canvas-card");
}

QString CanvasBlockView::currentCardId() const {
    const QListWidgetItem* row = cards_->currentItem();
    return row ? row->data(Qt::UserRole).toString() : QString();
}

void CanvasBlockView::selectCard(const QString& id) {
    for (int i = 0; i < cards_->count(); ++i)
        if (cards_->item(i)->data(Qt::UserRole).toString() == id) {
            // Only the focused list shows its current card selected.
            cards_->setCurrentRow(i, cards_->hasFocus() ? QItemSelectionModel::ClearAndSelect
                                                         : QItemSelectionModel::NoUpdate);
            return;
        }
    if (cards_->count() > 0 && !cards_->currentItem())
        cards_->setCurrentRow(0, cards_->hasFocus() ? QItemSelectionModel::ClearAndSelect : QItemSelectionModel::NoUpdate);
}

}  // namespace thanrak::ui
