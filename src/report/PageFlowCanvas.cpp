#include "report/PageFlow.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

constexpr double kBoxPadMm = 1.5;
constexpr double kCardGapMm = 0.6;
const QString kBullet = QStringLiteral("•");

bool hasAmounts(const QList<CanvasCard>& cards) {
    return std::any_of(cards.begin(), cards.end(),
                       [](const CanvasCard& card) { return !card.amount.text.isEmpty(); });
}

// The cards a box could not hold, as a table on the pages after the grid.
ReportTable continuation(const CanvasBox& box, const QList<CanvasCard>& rest, int firstNumber) {
    ReportTable table;
    table.caption = Text::tr("ต่อจากหน้าก่อน: %1").arg(box.title);
    table.compact = true;
    const bool amounts = hasAmounts(rest);
    table.columns = {Column{Text::tr("ลำดับ"), 0.5, CellAlign::Center},
                     Column{Text::tr("ข้อความ"), 6, CellAlign::Left}};
    if (amounts)
        table.columns.append(Column{Text::tr("จำนวนเงิน (บาท)"), 1.4, CellAlign::Right});
    int number = firstNumber;
    for (const CanvasCard& card : rest) {
        CellRow row{Cell{QString::number(number++), {}, CellAlign::Center, false, 1},
                    Cell{card.text, {}, CellAlign::Left, false, 1}};
        if (amounts)
            row.append(card.amount);
        table.rows.append(row);
    }
    return table;
}
}  // namespace

QRectF canvasBoxRect(const ReportCanvas& canvas, const CanvasBox& box, const QRectF& grid) {
    const double columnWidth = grid.width() / std::max(1, canvas.columns);
    const double rowHeight = grid.height() / std::max(1, canvas.rows);
    return {grid.left() + box.column * columnWidth, grid.top() + box.row * rowHeight,
            box.columnSpan * columnWidth, box.rowSpan * rowHeight};
}

// The grid fills what is left of the page above the totals line, or a new
// page when less than three quarters of one is left.
void PageFlow::canvas(const ReportCanvas& block) {
    const double totalsHeight = block.totals.isEmpty() ? 0 : lineHeight(cellBold_) + mm(2);
    if (y_ > top_ && bottom_ - y_ < (bottom_ - top_) * 0.75)
        newPage();
    const QRectF grid(0, y_, width_, bottom_ - y_ - totalsHeight);
    QList<QList<CanvasCard>> rests;
    cellBold_.setPointSizeF(kCanvasTitlePt);  // the boxes' titles; tables keep theirs
    for (const CanvasBox& box : block.boxes)
        rests.append(canvasBox(box, canvasBoxRect(block, box, grid)));
    cellBold_.setPointSizeF(kCellPt);
    y_ = grid.bottom() + mm(1.5);
    canvasTotals(block.totals);
    bool continued = false;
    for (qsizetype i = 0; i < block.boxes.size(); ++i) {
        if (rests[i].isEmpty())
            continue;
        if (!continued)
            newPage();
        continued = true;
        const CanvasBox& box = block.boxes[i];
        table(continuation(box, rests[i], int(box.cards.size() - rests[i].size()) + 1));
    }
}

double PageFlow::cardHeight(const CanvasCard& card, double width) {
    const QFontMetricsF metrics(compact_, &device_);
    const double bullet = metrics.horizontalAdvance(kBullet) + mm(1);
    const double amount = card.amount.text.isEmpty()
                              ? 0
                              : metrics.horizontalAdvance(shown(card.amount.text)) + mm(1.5);
    return textHeight(card.text, compact_, width - bullet - amount);
}

void PageFlow::drawCard(const CanvasCard& card, const QRectF& rect) {
    const QFontMetricsF metrics(compact_, &device_);
    const double bullet = metrics.horizontalAdvance(kBullet) + mm(1);
    const double amount = card.amount.text.isEmpty()
                              ? 0
                              : metrics.horizontalAdvance(shown(card.amount.text)) + mm(1.5);
    drawText(QRectF(rect.left(), rect.top(), bullet, rect.height()), kBullet, compact_,
             Qt::AlignLeft | Qt::AlignTop);
    drawText(
        QRectF(rect.left() + bullet, rect.top(), rect.width() - bullet - amount, rect.height()),
        card.text, compact_, Qt::AlignLeft | Qt::AlignTop);
    if (amount > 0)
        drawText(QRectF(rect.right() - amount, rect.top(), amount, rect.height()), card.amount.text,
                 compact_, Qt::AlignRight | Qt::AlignTop);
}

// One box: its frame, title, question and as many whole cards as fit, with a
// note of how many go on to the next page; returns the cards left over.
QList<CanvasCard> PageFlow::canvasBox(const CanvasBox& box, const QRectF& rect) {
    if (painter_)
        painter_->drawRect(rect);
    const QRectF inner =
        rect.adjusted(mm(kBoxPadMm), mm(kBoxPadMm) / 2, -mm(kBoxPadMm), -mm(kBoxPadMm) / 2);
    double y = inner.top();
    const double titleHeight = textHeight(box.title, cellBold_, inner.width());
    drawText(QRectF(inner.left(), y, inner.width(), titleHeight), box.title, cellBold_,
             Qt::AlignLeft | Qt::AlignTop);
    y += titleHeight + mm(0.5);
    QList<double> heights;
    double all = 0;
    for (const CanvasCard& card : box.cards) {
        heights.append(cardHeight(card, inner.width()));
        all += heights.back() + mm(kCardGapMm);
    }
    // The question guides an empty or roomy box; a full one gives its room
    // to the cards (the plan document prints every question).
    const double questionHeight =
        box.subtitle.isEmpty() ? 0 : textHeight(box.subtitle, note_, inner.width()) + mm(1);
    if (questionHeight > 0 && y + questionHeight + all <= inner.bottom()) {
        drawText(QRectF(inner.left(), y, inner.width(), questionHeight - mm(1)), box.subtitle, note_,
                 Qt::AlignLeft | Qt::AlignTop);
        y += questionHeight;
    }
    qsizetype fitting = box.cards.size();
    if (y + all > inner.bottom()) {  // room for whole cards and the note under them
        const double room = inner.bottom() - y - lineHeight(note_);
        double used = 0;
        fitting = 0;
        while (fitting < heights.size() && used + heights[fitting] <= room)
            used += heights[fitting++] + mm(kCardGapMm);
    }
    for (qsizetype i = 0; i < fitting; ++i) {
        drawCard(box.cards[i], QRectF(inner.left(), y, inner.width(), heights[i]));
        y += heights[i] + mm(kCardGapMm);
    }
    if (fitting == box.cards.size())
        return {};
    const QString note = Text::tr("ต่อหน้าถัดไป อีก %1 รายการ").arg(box.cards.size() - fitting);
    drawText(
        QRectF(inner.left(), inner.bottom() - lineHeight(note_), inner.width(), lineHeight(note_)),
        note, note_, Qt::AlignRight | Qt::AlignTop);
    return box.cards.mid(fitting);
}

// "รายได้ที่คาด 48,500.50 บาท" and the rest side by side, centred under the grid.
void PageFlow::canvasTotals(const QList<QPair<QString, Cell>>& totals) {
    if (totals.isEmpty())
        return;
    QStringList parts;
    for (const auto& [label, value] : totals) parts.append(label + QLatin1Char(' ') + value.text);
    const QString line = parts.join(QStringLiteral("      "));
    const double height = textHeight(line, cellBold_, width_);
    drawText(QRectF(0, y_, width_, height), line, cellBold_, Qt::AlignHCenter | Qt::AlignTop);
    y_ += height + mm(1.5);
}

}  // namespace thanrak
