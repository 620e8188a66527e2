#pragma once

#include "report/ReportDocument.h"

#include <QFont>
#include <QRectF>
#include <QSizeF>

class QImage;

class QPagedPaintDevice;
class QPainter;

namespace thanrak {

// One pass over a report's blocks, page by page. The first pass runs without
// a painter and only counts pages; the second paints, knowing the total for
// "หน้า 1/3". Both passes take the same decisions because every height comes
// from the device's font metrics, not from the painter.
class PageFlow {
public:
    PageFlow(QPagedPaintDevice& device, const ReportDocument& document,
             const RenderOptions& options, QPainter* painter, int totalPages);

    int run();  // returns the pages used

    static constexpr double kCellPt = 14;     // table cells, so a meeting's columns fit
    static constexpr double kCompactPt = 12;  // grids of twelve months
    // A business canvas puts some forty cards in nine boxes on one A4 page.
    static constexpr double kCanvasTitlePt = 12;  // a box's number and name
    static constexpr double kCanvasCardPt = 11;   // its cards
    static constexpr double kNotePt = 10;         // the question under a box's title

private:
    void startPage();
    void newPage();
    bool fits(double height) const { return y_ + height <= bottom_; }
    void paragraph(const ReportParagraph& block);
    void facts(const ReportFacts& block);
    void table(const ReportTable& block);
    void signatures(const ReportSignatures& block);
    void image(const ReportImage& block);
    void canvas(const ReportCanvas& block);
    QList<CanvasCard> canvasBox(const CanvasBox& box, const QRectF& rect);
    double cardHeight(const CanvasCard& card, double width);
    void drawCard(const CanvasCard& card, const QRectF& rect);
    void canvasTotals(const QList<QPair<QString, Cell>>& totals);
    QSizeF pictureSize(const QImage& picture, const ReportImage& block, double maxWidth,
                       double captionHeight) const;
    double drawPicture(const QImage& picture, const ReportImage& block, double x, QSizeF size);

    void header();
    void footer();
    void drawLogo(const QByteArray& png);
    double logoWidth(const QByteArray& png) const;
    QVector<double> columnWidths(const ReportTable& table);
    double rowHeight(const ReportTable& table, const CellRow& row, const QVector<double>& widths,
                     const QFont& font);
    void drawRow(const ReportTable& table, const CellRow& row, const QVector<double>& widths,
                 double height, const QFont& font, bool shaded);
    double lineHeight(const QFont& font) const;
    double layoutText(const QString& text, const QFont& font, double width, int flags,
                      const QPointF* origin);
    double textHeight(const QString& text, const QFont& font, double width);
    void drawText(const QRectF& rect, const QString& text, const QFont& font, int flags);
    QString shown(const QString& text) const;
    double mm(double millimetres) const;

    QPagedPaintDevice& device_;
    const ReportDocument& document_;
    RenderOptions options_;
    QPainter* painter_;
    int totalPages_;
    int page_ = 0;
    double width_ = 0;
    double y_ = 0;
    double top_ = 0;
    double bottom_ = 0;
    QFont body_;
    QFont bold_;
    QFont title_;
    QFont small_;
    QFont cell_;
    QFont cellBold_;
    QFont compact_;
    QFont note_;
};

}  // namespace thanrak

namespace thanrak {
// Qt text flags for a cell's alignment, top-aligned.
int alignmentFlags(CellAlign align);
// Where `box` of `canvas` stands in `grid`, the area its rows and columns share.
QRectF canvasBoxRect(const ReportCanvas& canvas, const CanvasBox& box, const QRectF& grid);
}  // namespace thanrak
