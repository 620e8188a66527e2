#include "report/PageFlow.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBoundaryFinder>

#include <algorithm>
#include <numeric>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

constexpr double kPadMm = 1.2;
constexpr double kSignatureGapMm = 10;

// The widest piece of `text` that cannot be broken across lines: a column
// this wide wraps its title between words, never inside one.
double widestWord(const QString& text, const QFontMetricsF& metrics) {
    QTextBoundaryFinder finder(QTextBoundaryFinder::Line, text);
    double widest = 0;
    qsizetype start = 0;
    for (qsizetype next = finder.toNextBoundary(); next != -1; next = finder.toNextBoundary()) {
        widest =
            std::max(widest, metrics.horizontalAdvance(text.mid(start, next - start).trimmed()));
        start = next;
    }
    return widest;
}

CellRow titleRow(const ReportTable& table) {
    CellRow row;
    for (const Column& column : table.columns)
        row.append(Cell{column.title, {}, CellAlign::Center, true, 1});
    return row;
}
}  // namespace

int alignmentFlags(CellAlign align) {
    switch (align) {
        case CellAlign::Left:
            return Qt::AlignLeft | Qt::AlignTop;
        case CellAlign::Center:
            return Qt::AlignHCenter | Qt::AlignTop;
        case CellAlign::Right:
            return Qt::AlignRight | Qt::AlignTop;
    }
    return Qt::AlignLeft | Qt::AlignTop;
}

// Columns as wide as their widest cell when the table fits the page that way
// (the slack shared by weight), column titles wrapped onto two lines if that
// is what it takes; otherwise shares of the width by weight, cells wrapping.
QVector<double> PageFlow::columnWidths(const ReportTable& table) {
    const int count = int(table.columns.size());
    const double pad = 2 * mm(kPadMm) + 1;
    const QFontMetricsF plain(cell_, &device_), bold(cellBold_, &device_);
    QVector<double> cells(count, 0), titles(count, 0);
    for (const CellRow& row : table.rows) {
        int column = 0;
        for (const Cell& cell : row) {
            if (column >= count)
                break;
            if (cell.span == 1)
                cells[column] = std::max(
                    cells[column], (cell.bold ? bold : plain).horizontalAdvance(shown(cell.text)));
            column += std::max(1, cell.span);
        }
    }
    QVector<double> titleWords(count, 0);
    for (int c = 0; c < count; ++c) {
        const QString title = shown(table.columns[c].title);
        titles[c] = bold.horizontalAdvance(title);
        titleWords[c] = widestWord(title, bold);
    }
    double weights = 0;
    for (const Column& column : table.columns) weights += column.weight;
    for (const QVector<double>* title : {&titles, &titleWords}) {
        QVector<double> widths(count);
        double used = 0;
        for (int c = 0; c < count; ++c) {
            widths[c] = std::max(cells[c], (*title)[c]) + pad;
            used += widths[c];
        }
        if (used > width_)
            continue;
        for (int c = 0; c < count; ++c)
            widths[c] += (width_ - used) * table.columns[c].weight / weights;
        return widths;
    }
    // Too wide: amounts and numbers keep their width (they never wrap), the
    // text columns share what is left by weight.
    QVector<double> widths(count, 0);
    double fixed = 0, textWeights = 0;
    for (int c = 0; c < count; ++c) {
        if (table.columns[c].align == CellAlign::Left) {
            textWeights += table.columns[c].weight;
        } else {
            widths[c] = std::max(cells[c], titleWords[c]) + pad;
            fixed += widths[c];
        }
    }
    const bool numbersFit = fixed < width_ * 0.8 && textWeights > 0;
    for (int c = 0; c < count; ++c) {
        const double weight = table.columns[c].weight;
        if (!numbersFit)
            widths[c] = weights > 0 ? width_ * weight / weights : 0;
        else if (table.columns[c].align == CellAlign::Left)
            widths[c] = (width_ - fixed) * weight / textWeights;
    }
    return widths;
}

double PageFlow::rowHeight(const ReportTable& table, const CellRow& row,
                           const QVector<double>& widths, const QFont& font) {
    double height = mm(table.minRowHeightMm);
    int column = 0;
    for (const Cell& cell : row) {
        const int span = std::clamp(cell.span, 1, int(widths.size()) - column);
        const double width =
            std::accumulate(widths.begin() + column, widths.begin() + column + span, 0.0);
        const QFont& cellFont = cell.bold || &font == &cellBold_ ? cellBold_ : cell_;
        height = std::max(
            height, textHeight(cell.text, cellFont, width - 2 * mm(kPadMm)) + 2 * mm(kPadMm) * 0.6);
        column += span;
        if (column >= widths.size())
            break;
    }
    return height;
}

void PageFlow::drawRow(const ReportTable& table, const CellRow& row, const QVector<double>& widths,
                       double height, const QFont& font, bool shaded) {
    if (!painter_)
        return;
    const double pad = mm(kPadMm);
    double x = 0;
    int column = 0;
    for (const Cell& cell : row) {
        const int span = std::clamp(cell.span, 1, int(widths.size()) - column);
        const double width =
            std::accumulate(widths.begin() + column, widths.begin() + column + span, 0.0);
        const QRectF box(x, y_, width, height);
        if (shaded)
            painter_->fillRect(box, QColor(230, 230, 230));
        painter_->drawRect(box);
        CellAlign align = cell.align;
        if (span == 1 && !shaded && align == CellAlign::Left)
            align = table.columns.value(column).align;
        drawText(box.adjusted(pad, pad * 0.6, -pad, 0), cell.text,
                 cell.bold || &font == &cellBold_ ? cellBold_ : cell_, alignmentFlags(align));
        x += width;
        column += span;
        if (column >= widths.size())
            break;
    }
    while (column < widths.size()) {  // a short row still shows its grid
        painter_->drawRect(QRectF(x, y_, widths[column], height));
        x += widths[column++];
    }
}

void PageFlow::table(const ReportTable& block) {
    cell_.setPointSizeF(block.compact ? kCompactPt : kCellPt);
    cellBold_.setPointSizeF(cell_.pointSizeF());
    const QVector<double> widths = columnWidths(block);
    const CellRow titles = titleRow(block);
    const double titleHeight = rowHeight(block, titles, widths, cellBold_);
    const double captionHeight =
        block.caption.isEmpty() ? 0 : textHeight(block.caption, bold_, width_) + mm(1);
    const double firstRow =
        block.rows.isEmpty() ? 0 : rowHeight(block, block.rows.front(), widths, cell_);
    if (!fits(captionHeight + titleHeight + firstRow) && y_ > top_)
        newPage();
    if (!block.caption.isEmpty()) {
        drawText(QRectF(0, y_, width_, captionHeight), block.caption, bold_,
                 Qt::AlignLeft | Qt::AlignTop);
        y_ += captionHeight;
    }
    drawRow(block, titles, widths, titleHeight, cellBold_, true);
    y_ += titleHeight;
    for (const CellRow& row : block.rows) {
        const double height = rowHeight(block, row, widths, cell_);
        if (!fits(height)) {
            newPage();
            drawRow(block, titles, widths, titleHeight, cellBold_, true);
            y_ += titleHeight;
        }
        drawRow(block, row, widths, height, cell_, false);
        y_ += height;
    }
    y_ += mm(3);
    cell_.setPointSizeF(kCellPt);
    cellBold_.setPointSizeF(kCellPt);
}

void PageFlow::signatures(const ReportSignatures& block) {
    const int perLine = std::min<int>(3, std::max<int>(1, block.signers.size()));
    const double boxWidth = width_ / perLine;
    const double textWidth = boxWidth - mm(4);
    const QString line = Text::tr("ลงชื่อ") + QString(perLine == 3 ? 24 : 32, QLatin1Char('.'));
    // Each signer: the line to sign on, the name in brackets, the role; a long
    // name or role wraps and its row grows to the tallest. All rows are
    // measured first so the whole block moves to a new page together.
    QList<QStringList> boxes;
    for (const Signer& signer : block.signers) {
        const QString name = signer.name.isEmpty()
                                 ? QStringLiteral("(%1)").arg(QString(28, QLatin1Char('.')))
                                 : QStringLiteral("(%1)").arg(signer.name);
        boxes.append({line, name, signer.role});
    }
    QList<double> rowHeights;
    double total = 0;
    for (int first = 0; first < boxes.size(); first += perLine) {
        double height = 0;
        for (int i = first; i < std::min<int>(first + perLine, boxes.size()); ++i) {
            double boxHeight = 0;
            for (const QString& text : boxes[i]) boxHeight += textHeight(text, cell_, textWidth);
            height = std::max(height, boxHeight);
        }
        rowHeights.append(height);
        total += mm(kSignatureGapMm) + height;
    }
    if (!fits(total) && y_ > top_)
        newPage();
    for (int row = 0; row < rowHeights.size(); ++row) {
        y_ += mm(kSignatureGapMm);
        for (int i = 0; i < perLine && row * perLine + i < boxes.size(); ++i) {
            double y = y_;
            for (const QString& text : boxes[row * perLine + i]) {
                const double h = textHeight(text, cell_, textWidth);
                drawText(QRectF(i * boxWidth + mm(2), y, textWidth, h), text, cell_,
                         Qt::AlignHCenter | Qt::AlignTop);
                y += h;
            }
        }
        y_ += rowHeights[row];
    }
    y_ += mm(2);
}

}  // namespace thanrak
