#include "report/ReportCells.h"
#include "reports/ReportBuilders.h"
#include "reports/ReportContext.h"

#include "otop/CertificateRepository.h"
#include "otop/OtopRules.h"
#include "otop/OtopSummary.h"
#include "thai/ThaiDate.h"

#include <QCoreApplication>

namespace thanrak::reports {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

Cell percentCell(const QString& percent, bool bold = false) {
    return Cell{percent, {}, CellAlign::Right, bold, 1};
}

// Not rated, one to five stars and the total: the counts of one line.
CellRow starCells(const StarCounts& counts, bool bold) {
    CellRow cells;
    for (int stars = 0; stars <= 5; ++stars) cells.append(numberCell(counts.byStars[stars], bold));
    cells.append(numberCell(counts.total(), bold));
    return cells;
}

QList<Column> starColumns() {
    QList<Column> columns = {amountColumn(Text::tr("ยังไม่ได้คัดสรร"), 1.1)};
    for (int stars = 1; stars <= 5; ++stars)
        columns.append(amountColumn(Text::tr("%1 ดาว").arg(stars), 0.8));
    columns.append(amountColumn(Text::tr("รวม"), 0.8));
    return columns;
}

ReportTable categoryTable(const DistrictOtopSummary& summary) {
    ReportTable table;
    table.caption = Text::tr("ผลิตภัณฑ์ตามหมวดและระดับดาว (ผลการคัดสรรล่าสุดถึงปี %1)")
                        .arg(buddhistYear(summary.year));
    table.columns = {textColumn(Text::tr("หมวดผลิตภัณฑ์"), 3)};
    table.columns.append(starColumns());
    table.columns.append(amountColumn(Text::tr("ยอดขายในปี (บาท)"), 1.8));
    for (const CategorySummary& c : summary.categories) {
        CellRow cells = {textCell(otopCategoryLabel(c.category))};
        cells.append(starCells(c.products, false));
        cells.append(moneyCell(c.sales));
        table.rows.append(cells);
    }
    CellRow total = {labelCell(Text::tr("รวมทั้งอำเภอ"), 1)};
    total.append(starCells(summary.products, true));
    total.append(moneyCell(summary.sales, true));
    table.rows.append(total);
    return table;
}

CellRow tambonCells(const QString& name, int producers, const StarCounts& products,
                    int certificates, Money sales, bool bold) {
    const int topRated = products.byStars[4] + products.byStars[5];
    return {bold ? labelCell(name, 1) : textCell(name), numberCell(producers, bold),
            numberCell(products.total(), bold),         numberCell(products.rated(), bold),
            numberCell(topRated, bold),                  numberCell(certificates, bold),
            moneyCell(sales, bold)};
}

ReportTable tambonTable(const DistrictOtopSummary& summary) {
    ReportTable table;
    table.caption = Text::tr("สรุปรายตำบล");
    table.columns = {textColumn(Text::tr("ตำบล"), 2.2),
                     amountColumn(Text::tr("ผู้ผลิต (ราย)"), 1),
                     amountColumn(Text::tr("ผลิตภัณฑ์"), 1),
                     amountColumn(Text::tr("คัดสรรแล้ว"), 1),
                     amountColumn(Text::tr("4–5 ดาว"), 1),
                     amountColumn(Text::tr("ใบรับรองที่ใช้ได้ ณ สิ้นปี"), 1.4),
                     amountColumn(Text::tr("ยอดขายในปี (บาท)"), 1.8)};
    int certificates = 0;
    for (const TambonSummary& t : summary.tambons) {
        table.rows.append(tambonCells(t.subdistrictName, t.producers, t.products, t.certificates,
                                      t.sales, false));
        certificates += t.certificates;
    }
    table.rows.append(tambonCells(Text::tr("รวมทั้งอำเภอ"), summary.producers, summary.products,
                                  certificates, summary.sales, true));
    return table;
}

ReportTable planTable(const QList<PlanRow>& rows, int year) {
    ReportTable table;
    table.caption = Text::tr("ยอดขายเทียบเป้าหมายปี %1 (ผลิตภัณฑ์ที่ตั้งเป้าหมายไว้)").arg(buddhistYear(year));
    table.columns = {textColumn(Text::tr("ตำบล"), 1.6),
                     textColumn(Text::tr("ผู้ผลิต"), 3),
                     textColumn(Text::tr("ผลิตภัณฑ์"), 2.6),
                     amountColumn(Text::tr("เป้าหมาย (บาท)"), 1.6),
                     amountColumn(Text::tr("ขายได้ (บาท)"), 1.6),
                     amountColumn(Text::tr("ร้อยละของเป้าหมาย"), 1.2)};
    for (const PlanRow& row : rows)
        table.rows.append({textCell(row.subdistrictName), textCell(row.producerName),
                           textCell(row.productName), moneyCell(row.target), moneyCell(row.actual),
                           percentCell(achievedPercent(row.actual, row.target))});
    const PlanTotals totals = planTotals(rows);
    table.rows.append({labelCell(Text::tr("รวม %1 ผลิตภัณฑ์ ถึงเป้าหมาย %2 ผลิตภัณฑ์")
                                     .arg(totals.withTarget)
                                     .arg(totals.reached),
                                 3),
                       moneyCell(totals.target, true), moneyCell(totals.actual, true),
                       percentCell(achievedPercent(totals.actual, totals.target), true)});
    return table;
}
}  // namespace

ReportDocument otopSummary(Database& db, const ReportInfo& info, const ReportRequest& request) {
    const int year = request.to.year();
    ReportDocument document = startDistrictReport(db, info, request, yearPeriodText(year));
    document.landscape = true;  // nine columns of counts beside the category's name
    const DistrictOtopSummary summary = districtOtopSummary(db, year, request.subdistrictCode);
    document.add(ReportParagraph{
        Text::tr("ผู้ผลิต %1 ราย ผลิตภัณฑ์ %2 รายการ ผ่านการคัดสรรแล้ว %3 รายการ ยอดขายปี %4 รวม %5 บาท")
            .arg(summary.producers)
            .arg(summary.products.total())
            .arg(summary.products.rated())
            .arg(buddhistYear(year))
            .arg(moneyCell(summary.sales).text),
        true, CellAlign::Left});
    document.add(categoryTable(summary));
    document.add(tambonTable(summary));
    OtopScope scope;
    scope.subdistrictCode = request.subdistrictCode;
    QList<PlanRow> withTarget;
    for (const PlanRow& row : planVersusActual(db, year, 12, scope))
        if (row.target.isPositive())
            withTarget.append(row);
    document.add(planTable(withTarget, year));
    document.add(ReportParagraph{
        Text::tr("ระดับดาวคือผลการคัดสรรครั้งล่าสุดของแต่ละผลิตภัณฑ์ในปีนี้หรือก่อนหน้า "
                 "ร้อยละของเป้าหมายปัดครึ่งขึ้นเป็นทศนิยมหนึ่งตำแหน่ง"),
        false, CellAlign::Left});
    return document;
}

namespace {
Cell daysLeftCell(const CertificateRow& row) {
    QString text;
    if (row.daysLeft < 0)
        text = Text::tr("หมดแล้ว %1 วัน").arg(-row.daysLeft);
    else if (row.daysLeft == 0)
        text = Text::tr("หมดอายุวันนี้");
    else
        text = Text::tr("เหลือ %1 วัน").arg(row.daysLeft);
    return Cell{text, QString::number(row.daysLeft), CellAlign::Right, row.daysLeft < 0, 1};
}
}  // namespace

ReportDocument certificateExpiry(Database& db, const ReportInfo& info,
                                 const ReportRequest& request) {
    ReportDocument document = startDistrictReport(db, info, request, asOfPeriodText(request.to));
    document.landscape = true;  // nine columns: who to call and about which certificate
    const QList<CertificateRow> rows = CertificateRepository(db).expiring(
        request.to, kCertificateWarningDays, true, request.subdistrictCode);
    ReportTable table;
    table.compact = true;
    // The days column keeps its width (it is right-aligned); the others share
    // the rest so that names and issuers wrap between words while numbers,
    // phones and dates stay whole.
    table.columns = {textColumn(Text::tr("ตำบล"), 2),
                     textColumn(Text::tr("ผู้ผลิต"), 4),
                     textColumn(Text::tr("โทรศัพท์"), 3.3),
                     textColumn(Text::tr("ผลิตภัณฑ์"), 3.4),
                     textColumn(Text::tr("มาตรฐาน"), 2.1),
                     textColumn(Text::tr("เลขที่"), 3.9),
                     textColumn(Text::tr("ผู้ออก"), 3.7),
                     textColumn(Text::tr("วันหมดอายุ"), 2.4),
                     amountColumn(Text::tr("เหลือ (วัน)"), 1)};
    int expired = 0;
    for (const CertificateRow& row : rows) {
        const ProductCertificate& c = row.certificate;
        table.rows.append({textCell(row.subdistrictName), textCell(row.producerName),
                           textCell(row.producerPhone), textCell(row.productName),
                           textCell(productStandardLabel(c.standard)), textCell(c.number),
                           textCell(c.issuer), dateCell(c.expiresOn, true), daysLeftCell(row)});
        expired += row.daysLeft < 0 ? 1 : 0;
    }
    document.add(ReportParagraph{
        Text::tr("ใบรับรองที่จะหมดอายุภายใน %1 วัน (ถึงวันที่ %2) %3 ใบ และที่หมดอายุแล้ว %4 ใบ "
                 "ควรแจ้งผู้ผลิตให้ยื่นต่ออายุ")
            .arg(kCertificateWarningDays)
            .arg(formatThaiDate(request.to.addDays(kCertificateWarningDays)))
            .arg(rows.size() - expired)
            .arg(expired),
        true, CellAlign::Left});
    document.add(table);
    return document;
}

}  // namespace thanrak::reports
