#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <variant>

namespace thanrak {

// A report as content, before any page exists: the PDF/print renderer and the
// CSV writer both read this, so the two never disagree about a number.
enum class CellAlign { Left, Center, Right };

// One table cell: `text` is what a reader sees ("1,234.50", "5 มี.ค. 2569"),
// `csv` what a spreadsheet should get ("1234.50", "2026-03-05"); empty `csv`
// means the text itself.
struct Cell {
    QString text;
    QString csv;
    CellAlign align = CellAlign::Left;
    bool bold = false;
    int span = 1;  // columns this cell covers, for a "รวม" label across a total row
    QString csvValue() const { return csv.isEmpty() ? text : csv; }
};
using CellRow = QList<Cell>;

struct Column {
    QString title;
    double weight = 1;  // share of the table's width
    CellAlign align = CellAlign::Left;
};

struct ReportTable {
    QString caption;  // a line above the table; empty for none
    QList<Column> columns;
    QList<CellRow> rows;
    double minRowHeightMm = 0;  // room to sign in, on sign-in sheets and payout lists
    bool compact = false;       // smaller type for wide grids (a column per month)
};

struct ReportParagraph {
    QString text;
    bool bold = false;
    CellAlign align = CellAlign::Left;
};

// A picture (JPEG or PNG bytes) drawn `widthMm` wide, centred, its height
// following its shape, kept on one page with its caption under it: a
// product's photo. Paper only: the CSV has no place for it.
struct ReportImage {
    QByteArray image;
    double widthMm = 60;
    QString caption;  // empty for none
};

// Label and value lines ("ชื่อสมาชิก: นางสมศรี ใจดี"), two columns without a grid.
// A `picture` stands at the right of the lines, which wrap in the room left
// (a product's photo beside its details); like a ReportImage block it is
// paper only.
struct ReportFacts {
    QList<QPair<QString, QString>> lines;
    ReportImage picture{};  // empty image: none
};

// ลงชื่อ ........ (name) role, side by side, kept together on one page.
struct Signer {
    QString role;  // "เหรัญญิก", "ประธาน", "ผู้ตรวจสอบ"
    QString name;  // printed in brackets under the line; empty leaves a blank to write in
};
struct ReportSignatures {
    QList<Signer> signers;
};

// The next block starts on a new page (one receipt or statement per page).
struct ReportPageBreak {};

// One card in a box of a canvas: wrapped text, and an amount at its right
// when it has one (`amount.text` empty: none).
struct CanvasCard {
    QString text;
    Cell amount = {};
};

// One box of a canvas grid, placed by row and column like a cell of a
// spanning table: a block of the community business canvas.
struct CanvasBox {
    int row = 0;
    int column = 0;
    int rowSpan = 1;
    int columnSpan = 1;
    QString title;     // "5 ที่มาของรายได้"
    QString subtitle;  // the question the box answers, in small type
    QList<CanvasCard> cards;
};

// Boxes in a grid of equal rows and columns filling the rest of the page, and
// a line of totals under it. Cards that do not fit their box go on after the
// grid, box by box, headed "ต่อจากหน้าก่อน". The CSV has a row per card.
struct ReportCanvas {
    int rows = 1;
    int columns = 1;
    QList<CanvasBox> boxes;
    QList<QPair<QString, Cell>> totals;  // "รายได้ที่คาด" 48,500.50, side by side
};

using ReportBlock = std::variant<ReportParagraph, ReportFacts, ReportTable, ReportSignatures,
                                 ReportPageBreak, ReportImage, ReportCanvas>;

// The header every page repeats: organisation, where it is, the report's title
// and period; the footer: when it was printed and "หน้า 1/3".
struct ReportHeader {
    QString organisation;  // "กลุ่มออมทรัพย์เพื่อการผลิตบ้านหนองบัว"
    QString place;  // "หมู่ที่ 5 บ้านหนองบัว ตำบล... อำเภอ... จังหวัด..."
    QString title;  // "รายงานประจำเดือน"
    QString period;      // "ประจำเดือนมีนาคม 2569"
    QString printedOn;   // "พิมพ์เมื่อ 1 ธันวาคม 2569"
    QByteArray logoPng;  // the organisation's logo, top left of the first page; empty: none
};

struct ReportDocument {
    QString name;  // the catalog name, "cash-book"
    ReportHeader header;
    bool landscape = false;
    QList<ReportBlock> blocks;

    void add(ReportBlock block) { blocks.append(std::move(block)); }
};

// Options of one printout; they change how it looks, never a number.
struct RenderOptions {
    bool thaiDigits = false;  // ๐–๙ on paper; the CSV keeps 0–9
};

}  // namespace thanrak
