#include "report/ReportCells.h"
#include "report/ReportCsv.h"
#include "report/ReportPdf.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QImage>
#include <QPdfWriter>
#include <QRegularExpression>

using namespace thanrak;

namespace {
ReportDocument tableOf(int rows) {
    ReportDocument document;
    document.header.title = QStringLiteral("ทดสอบ");
    ReportTable table;
    table.columns = {textColumn(QStringLiteral("ชื่อ")), amountColumn(QStringLiteral("จำนวน"))};
    for (int i = 0; i < rows; ++i)
        table.rows.append(
            {textCell(QStringLiteral("สมาชิก %1").arg(i + 1)), moneyCell(Money::fromBaht(i))});
    document.add(table);
    return document;
}

// Pages painted, checked against the pages the PDF holds.
int pagesOf(const ReportDocument& document) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int painted = 0;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        painted = renderReport(document, writer);
    }
    const QString pdf = QString::fromLatin1(buffer.data());
    CHECK(pdf.count(QRegularExpression(QStringLiteral("/Type /Page\\b(?!s)"))) == painted);
    return painted;
}
}  // namespace

TEST_CASE("CSV fields are quoted only when they must be, with doubled quotes") {
    CHECK(csvField(QStringLiteral("บ้านหนองบัว")) == QStringLiteral("บ้านหนองบัว"));
    CHECK(csvField(QStringLiteral("1,234.50 บาท")) == QStringLiteral("\"1,234.50 บาท\""));
    CHECK(csvField(QStringLiteral("ร้าน \"ดี\"")) == QStringLiteral("\"ร้าน \"\"ดี\"\"\""));
    CHECK(csvField(QStringLiteral("บรรทัด\nใหม่")) == QStringLiteral("\"บรรทัด\nใหม่\""));
}

TEST_CASE("the CSV is UTF-8 with a BOM and CRLF, amounts plain, spans padded") {
    ReportDocument document;
    document.header.title = QStringLiteral("ทดสอบ");
    ReportTable table;
    table.columns = {textColumn(QStringLiteral("ก")), textColumn(QStringLiteral("ข")),
                     amountColumn(QStringLiteral("ค"))};
    table.rows = {{dateCell(QDate(2026, 3, 5)), textCell(QStringLiteral("x")),
                   moneyCell(Money::fromSatang(-123456))},
                  {labelCell(QStringLiteral("รวม"), 2), moneyCell(Money::fromSatang(-123456))}};
    document.add(table);
    CHECK(reportCsv(document) ==
          QByteArray("\xEF\xBB\xBF") +
              QStringLiteral("ทดสอบ\r\n\r\nก,ข,ค\r\n2026-03-05,x,-1234.56\r\nรวม,,-1234.56\r\n")
                  .toUtf8());
}

TEST_CASE("a long table goes on to further pages and the count is known up front") {
    CHECK(pagesOf(tableOf(5)) == 1);
    const int many = pagesOf(tableOf(300));
    CHECK(many > 5);
    CHECK(many < 20);
    ReportDocument twoParts = tableOf(5);
    twoParts.add(ReportPageBreak{});
    twoParts.add(ReportParagraph{QStringLiteral("หน้าสอง"), false, CellAlign::Left});
    CHECK(pagesOf(twoParts) == 2);
}

namespace {
QByteArray pngOf(int width, int height) {
    QImage picture(width, height, QImage::Format_RGB32);
    picture.fill(Qt::darkYellow);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    picture.save(&buffer, "PNG");
    return bytes;
}
}  // namespace

TEST_CASE("a picture is drawn in the PDF, kept whole on one page, and left out of the CSV") {
    ReportDocument document = tableOf(3);
    const QByteArray csvBefore = reportCsv(document);
    document.add(ReportImage{pngOf(640, 480), 75, QStringLiteral("กล้วยตากในถุงซิปล็อก")});
    CHECK(reportCsv(document) == csvBefore);
    CHECK(pagesOf(document) == 1);
    CHECK(reportPdf(document).contains("/Subtype /Image"));

    // Far taller than the page at its width: scaled down onto one page.
    ReportDocument tall;
    tall.add(ReportImage{pngOf(100, 2000), 150, QStringLiteral("ยาวมาก")});
    CHECK(pagesOf(tall) == 1);
    // Under a table that fills most of the first page it moves to the next
    // page whole instead of being cut.
    ReportDocument after = tableOf(25);
    CHECK(pagesOf(after) == 1);
    after.add(ReportImage{pngOf(400, 400), 120, {}});
    CHECK(pagesOf(after) == 2);

    ReportDocument broken = tableOf(3);
    broken.add(ReportImage{QByteArray("not a picture"), 60, {}});
    CHECK(pagesOf(broken) == 1);
    CHECK_FALSE(reportPdf(broken).contains("/Subtype /Image"));
}
