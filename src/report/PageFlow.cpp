#include "report/PageFlow.h"

#include "report/ReportFonts.h"
#include "thai/ThaiDigits.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

constexpr double kBodyPt = 16;  // TH Sarabun New 16 pt: the size of Thai official letters
constexpr double kTitlePt = 20;
constexpr double kSmallPt = 13;
// The logo's height on the first page.
constexpr double kLogoHeightMm = 20;
// Line pitch in ems: room for Thai marks above and below without the very
// wide default spacing of the Thai fonts.
constexpr double kLineSpacing = 1.4;

QFont reportFont(double points, bool bold) {
    QFont font(reportFontFamily());
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setKerning(true);
    return font;
}
}  // namespace

PageFlow::PageFlow(QPagedPaintDevice& device, const ReportDocument& document,
                   const RenderOptions& options, QPainter* painter, int totalPages)
    : device_(device),
      document_(document),
      options_(options),
      painter_(painter),
      totalPages_(totalPages),
      body_(reportFont(kBodyPt, false)),
      bold_(reportFont(kBodyPt, true)),
      title_(reportFont(kTitlePt, true)),
      small_(reportFont(kSmallPt, false)),
      cell_(reportFont(kCellPt, false)),
      cellBold_(reportFont(kCellPt, true)),
      compact_(reportFont(kCanvasCardPt, false)),
      note_(reportFont(kNotePt, false)) {
    width_ = device_.width();
}

double PageFlow::mm(double millimetres) const {
    return millimetres * device_.logicalDpiY() / 25.4;
}

QString PageFlow::shown(const QString& text) const {
    return options_.thaiDigits ? toThaiDigits(text) : text;
}

double PageFlow::lineHeight(const QFont& font) const {
    return font.pointSizeF() * device_.logicalDpiY() / 72.0 * kLineSpacing;
}

// Thai has no spaces between words: QTextLayout breaks lines at the word
// boundaries the Unicode line-break rules and the Thai dictionary give, and
// inside a word only when a single word is wider than the line.
double PageFlow::layoutText(const QString& text, const QFont& font, double width, int flags,
                            const QPointF* origin) {
    QTextLayout layout(shown(text), font, &device_);
    QTextOption option(Qt::Alignment(flags & Qt::AlignHorizontal_Mask));
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    const double step = lineHeight(font);
    double y = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y + (step - line.height()) / 2));
        y += step;
    }
    layout.endLayout();
    if (origin && painter_)
        layout.draw(painter_, *origin);
    return std::max(y, step);
}

double PageFlow::textHeight(const QString& text, const QFont& font, double width) {
    return layoutText(text, font, width, Qt::AlignLeft, nullptr);
}

void PageFlow::drawText(const QRectF& rect, const QString& text, const QFont& font, int flags) {
    if (!painter_)
        return;
    const QPointF origin = rect.topLeft();
    layoutText(text, font, rect.width(), flags, &origin);
}

int PageFlow::run() {
    startPage();
    for (const ReportBlock& block : document_.blocks) {
        if (const auto* p = std::get_if<ReportParagraph>(&block))
            paragraph(*p);
        else if (const auto* f = std::get_if<ReportFacts>(&block))
            facts(*f);
        else if (const auto* t = std::get_if<ReportTable>(&block))
            table(*t);
        else if (const auto* s = std::get_if<ReportSignatures>(&block))
            signatures(*s);
        else if (const auto* i = std::get_if<ReportImage>(&block))
            image(*i);
        else if (const auto* c = std::get_if<ReportCanvas>(&block))
            canvas(*c);
        else if (y_ > top_)
            newPage();
    }
    footer();
    return page_;
}

void PageFlow::startPage() {
    ++page_;
    y_ = 0;
    bottom_ = device_.height() - mm(9);
    header();
    top_ = y_;
}

void PageFlow::newPage() {
    footer();
    if (painter_)
        device_.newPage();
    startPage();
}

void PageFlow::header() {
    const ReportHeader& h = document_.header;
    // Beside a logo the centred lines keep clear of it on both sides.
    const double inset = page_ == 1 && !h.logoPng.isEmpty() ? logoWidth(h.logoPng) + mm(3) : 0;
    const auto line = [this, inset](const QString& text, const QFont& font) {
        if (text.isEmpty())
            return;
        const double height = textHeight(text, font, width_ - 2 * inset);
        drawText(QRectF(inset, y_, width_ - 2 * inset, height), text, font,
                 Qt::AlignHCenter | Qt::AlignTop);
        y_ += height;
    };
    if (page_ == 1) {
        line(h.title, title_);
        line(h.organisation, bold_);
        line(h.place, small_);
        line(h.period, body_);
        if (inset > 0) {
            drawLogo(h.logoPng);
            y_ = std::max(y_, mm(kLogoHeightMm));
        }
    } else {  // later pages: one line, so the table gets the room
        QStringList parts;
        for (const QString& part : {h.title, h.organisation, h.period})
            if (!part.isEmpty())
                parts.append(part);
        line(parts.join(QStringLiteral("  ·  ")), small_);
    }
    y_ += mm(2);
    if (painter_)
        painter_->drawLine(QPointF(0, y_), QPointF(width_, y_));
    y_ += mm(2);
}

// The logo's width when drawn 20 mm high, at most 40 mm (a wide one is
// drawn lower instead).
double PageFlow::logoWidth(const QByteArray& png) const {
    const QImage logo = QImage::fromData(png);
    if (logo.isNull())
        return 0;
    return std::min(mm(kLogoHeightMm) * logo.width() / std::max(1, logo.height()),
                    mm(2 * kLogoHeightMm));
}

// The logo in the top left corner, beside the centred title lines.
void PageFlow::drawLogo(const QByteArray& png) {
    const QImage logo = QImage::fromData(png);
    if (!painter_ || logo.isNull())
        return;
    const double width = logoWidth(png);
    const double height = width * logo.height() / std::max(1, logo.width());
    painter_->drawImage(QRectF(0, 0, width, height), logo);
}

void PageFlow::footer() {
    const double height = textHeight(QStringLiteral("ก"), small_, width_);
    const double y = device_.height() - height;
    if (!painter_)
        return;
    painter_->drawLine(QPointF(0, y - mm(1)), QPointF(width_, y - mm(1)));
    const QRectF rect(0, y, width_, height);
    drawText(rect, document_.header.printedOn, small_, Qt::AlignLeft | Qt::AlignTop);
    drawText(rect, Text::tr("หน้า %1/%2").arg(page_).arg(totalPages_), small_,
             Qt::AlignRight | Qt::AlignTop);
}

void PageFlow::paragraph(const ReportParagraph& block) {
    const QFont& font = block.bold ? bold_ : body_;
    const double height = textHeight(block.text, font, width_);
    if (!fits(height) && y_ > top_)
        newPage();
    drawText(QRectF(0, y_, width_, height), block.text, font, alignmentFlags(block.align));
    y_ += height + mm(1.5);
}

void PageFlow::facts(const ReportFacts& block) {
    const QFontMetricsF metrics(bold_, &device_);
    double labelWidth = 0;
    for (const auto& [label, value] : block.lines)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(shown(label)));
    const QImage picture = QImage::fromData(block.picture.image);
    QSizeF size;
    double captionHeight = 0;
    if (!picture.isNull()) {  // at most half the width, so the lines keep room
        size = pictureSize(picture, block.picture, width_ / 2, 0);
        if (!block.picture.caption.isEmpty()) {
            captionHeight = textHeight(block.picture.caption, small_, size.width()) + mm(1);
            size = pictureSize(picture, block.picture, width_ / 2, captionHeight);
        }
    }
    const double besideWidth = picture.isNull() ? width_ : width_ - size.width() - mm(4);
    labelWidth = std::min(labelWidth + mm(3), besideWidth * 0.4);
    const double valueWidth = besideWidth - labelWidth;
    if (!picture.isNull() && !fits(size.height() + captionHeight) && y_ > top_)
        newPage();
    const int picturePage = page_;
    double pictureBottom = y_;
    if (!picture.isNull())
        pictureBottom = drawPicture(picture, block.picture, width_ - size.width(), size);
    for (const auto& [label, value] : block.lines) {
        const double height =
            std::max(textHeight(label, bold_, labelWidth), textHeight(value, body_, valueWidth));
        if (!fits(height) && y_ > top_)
            newPage();
        drawText(QRectF(0, y_, labelWidth, height), label, bold_, Qt::AlignLeft | Qt::AlignTop);
        drawText(QRectF(labelWidth, y_, valueWidth, height), value, body_,
                 Qt::AlignLeft | Qt::AlignTop);
        y_ += height;
    }
    if (page_ == picturePage)
        y_ = std::max(y_, pictureBottom);
    y_ += mm(2);
}

// The size a picture is drawn at: its width, or smaller when that would not
// fit an empty page with its caption.
QSizeF PageFlow::pictureSize(const QImage& picture, const ReportImage& block, double maxWidth,
                             double captionHeight) const {
    const double room = bottom_ - top_ - captionHeight - mm(2);
    double width = std::min(mm(block.widthMm), maxWidth);
    double height = width * picture.height() / std::max(1, picture.width());
    if (height > room) {
        width *= room / height;
        height = room;
    }
    return {width, height};
}

// Draws the picture at `x` on the current line with its caption centred
// under it; returns where the caption ends.
double PageFlow::drawPicture(const QImage& picture, const ReportImage& block, double x,
                             QSizeF size) {
    if (painter_)
        painter_->drawImage(QRectF(QPointF(x, y_), size), picture);
    double bottom = y_ + size.height() + mm(1);
    if (!block.caption.isEmpty()) {
        const double height = textHeight(block.caption, small_, size.width());
        drawText(QRectF(x, bottom, size.width(), height), block.caption, small_,
                 Qt::AlignHCenter | Qt::AlignTop);
        bottom += height;
    }
    return bottom;
}

// A picture across the page, centred, moved to the next page whole rather
// than split.
void PageFlow::image(const ReportImage& block) {
    const QImage picture = QImage::fromData(block.image);
    if (picture.isNull())
        return;
    QSizeF size = pictureSize(picture, block, width_, 0);
    double captionHeight = 0;
    if (!block.caption.isEmpty()) {
        captionHeight = textHeight(block.caption, small_, size.width()) + mm(1);
        size = pictureSize(picture, block, width_, captionHeight);
    }
    if (!fits(size.height() + captionHeight) && y_ > top_)
        newPage();
    y_ = drawPicture(picture, block, (width_ - size.width()) / 2, size) + mm(2);
}

}  // namespace thanrak
