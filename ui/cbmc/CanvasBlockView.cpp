#include "cbmc/CanvasBlockView.h"

#include "money/MoneyFormat.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace thanrak::ui {

namespace {
// A list that asks for a few lines only: the canvas shares the height of a
// 768-pixel screen between three rows of blocks, and the grid stretches
// them over whatever room there is.
class CardList : public QListWidget {
public:
    using QListWidget::QListWidget;
    QSize sizeHint() const override {
        return {fontMetrics().averageCharWidth() * 24, fontMetrics().height() * 3};
    }
    QSize minimumSizeHint() const override { return {fontMetrics().averageCharWidth() * 12, fontMetrics().height() * 2}; }
};
}  // namespace

CanvasBlockView::CanvasBlockView(CanvasBlock block, QWidget* parent)
    : QFrame(parent),
      block_(block),
      header_(new QLabel(QStringLiteral("<b>%1. %2</b>").arg(blockNumber(block)).arg(canvasBlockLabel(block)), this)),
      question_(new QLabel(canvasBlockQuestion(block), this)),
      cards_(new CardList(this)) {
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("canvasBlock%1").arg(blockNumber(block)));
    cards_->setObjectName(QStringLiteral("canvasCards%1").arg(blockNumber(block)));
    cards_->setWordWrap(true);
    cards_->setTextElideMode(Qt::ElideNone);
    cards_->setContextMenuPolicy(Qt::CustomContextMenu);
    auto* header = header_;
    header->setWordWrap(true);
    header->setBuddy(cards_);
    auto* question = question_;
    question->setWordWrap(true);
    QFont small = question->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    question->setFont(small);
    question->setStyleSheet(QStringLiteral("color: #666;"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->setSpacing(2);
    layout->addWidget(header);
    layout->addWidget(question);
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
