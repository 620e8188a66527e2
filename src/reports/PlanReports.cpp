#include "report/ReportCells.h"
#include "reports/PlanContext.h"
#include "reports/ReportBuilders.h"
#include "reports/ReportContext.h"

#include "cbmc/PlanFigures.h"
#include "cbmc/PlanRepository.h"
#include "thai/ThaiDate.h"

#include <QCoreApplication>

namespace thanrak::reports {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

// Where each block stands on the printed canvas, in a grid of ten columns and
// eight rows: the familiar business-model-canvas picture, the partners at the
// left, the value in the middle, the customers at the right, costs and revenue
// across the foot. The foot gets a quarter of the height: its boxes are wide,
// so their cards take one line each, while the narrow boxes above wrap.
struct Place {
    CanvasBlock block;
    int row, column, rowSpan, columnSpan;
};
constexpr Place kPlaces[] = {
    {CanvasBlock::KeyPartners, 0, 0, 6, 2},           {CanvasBlock::KeyActivities, 0, 2, 3, 2},
    {CanvasBlock::KeyResources, 3, 2, 3, 2},          {CanvasBlock::ValueProposition, 0, 4, 6, 2},
    {CanvasBlock::CustomerRelationships, 0, 6, 3, 2}, {CanvasBlock::Channels, 3, 6, 3, 2},
    {CanvasBlock::CustomerSegments, 0, 8, 6, 2},      {CanvasBlock::CostStructure, 6, 0, 2, 5},
    {CanvasBlock::RevenueStreams, 6, 5, 2, 5},
};

Cell bahtCell(Money amount) {
    Cell cell = moneyCell(amount);
    cell.text = Text::tr("%1 บาท").arg(cell.text);
    return cell;
}

CanvasBox boxOf(CanvasBlock block, const QList<CanvasItem>& items) {
    CanvasBox box;
    box.title = Text::tr("%1 %2").arg(blockNumber(block)).arg(canvasBlockLabel(block));
    box.subtitle = canvasBlockQuestion(block);
    for (const CanvasItem& item : items)
        if (item.block == block)
            box.cards.append(CanvasCard{item.text, item.amount ? moneyCell(*item.amount) : Cell{}});
    return box;
}
}  // namespace

// The canvas as the group draws it on a wall: one landscape page, the boxes
// in block order for the CSV, laid out by kPlaces on paper.
ReportDocument businessCanvas(Database& db, const ReportInfo& info, const ReportRequest& request) {
    PlanReport report = startPlanReport(db, info, request);
    report.document.landscape = true;
    report.document.header.place.clear();  // the page's height goes to the boxes
    ReportCanvas canvas;
    canvas.rows = 8;
    canvas.columns = 10;
    for (CanvasBlock block : allCanvasBlocks())
        for (const Place& place : kPlaces)
            if (place.block == block) {
                CanvasBox box = boxOf(block, report.items);
                box.row = place.row;
                box.column = place.column;
                box.rowSpan = place.rowSpan;
                box.columnSpan = place.columnSpan;
                canvas.boxes.append(box);
            }
    const CanvasFigures figures = canvasFigures(report.items);
    canvas.totals = {{Text::tr("รายได้ที่คาดไว้"), bahtCell(figures.revenue)},
                     {Text::tr("ค่าใช้จ่ายที่คาดไว้"), bahtCell(figures.cost)},
                     {Text::tr("กำไรที่คาดไว้"), bahtCell(figures.profit())}};
    report.document.add(canvas);
    return std::move(report.document);
}

// Every plan of the district (or of one tambon): where each stands in the
// four steps and what its latest version expects to make.
ReportDocument districtPlans(Database& db, const ReportInfo& info, const ReportRequest& request) {
    ReportDocument document = startDistrictReport(db, info, request, asOfPeriodText(request.to));
    document.landscape = true;
    PlanFilter filter;
    filter.subdistrictCode = request.subdistrictCode;
    const QList<BusinessPlanRow> plans = PlanRepository(db).list(filter);
    ReportTable table;
    table.compact = true;
    table.columns = {textColumn(Text::tr("ตำบล"), 1.2), textColumn(Text::tr("องค์กร"), 2.4),
                     textColumn(Text::tr("แผน"), 2.4), centerColumn(Text::tr("ฉบับ"), 1.3),
                     textColumn(Text::tr("ขั้นตอนปัจจุบัน"), 2)};
    for (PlanStep step : allPlanSteps())
        table.columns.append(centerColumn(Text::tr("ขั้นที่ %1").arg(stepNumber(step)), 1));
    table.columns.append(amountColumn(Text::tr("กำไรที่คาดไว้ (บาท)"), 1.4));
    Money total;
    for (const BusinessPlanRow& row : plans) {
        const std::optional<PlanStep> current = row.currentStep();
        const Money profit = expectedFigures(db, row.latestVersionId).profit();
        total += profit;
        CellRow cells{
            textCell(row.subdistrictName), textCell(row.organisationName), textCell(row.plan.title),
            centerCell(Text::tr("%1 (%2)")
                           .arg(row.latestVersionNo)
                           .arg(formatThaiDate(row.latestVersionDate, ThaiDateStyle::Short))),
            textCell(current
                         ? Text::tr("%1. %2").arg(stepNumber(*current)).arg(planStepLabel(*current))
                         : Text::tr("ครบทั้งสี่ขั้นตอน"))};
        for (PlanStep step : allPlanSteps())
            cells.append(centerCell(stepStatusLabel(row.status(step))));
        cells.append(moneyCell(profit));
        table.rows.append(cells);
    }
    table.rows.append(
        {labelCell(Text::tr("รวม %1 แผน").arg(plans.size()), 9), moneyCell(total, true)});
    document.add(table);
    QStringList steps;
    for (PlanStep step : allPlanSteps())
        steps.append(Text::tr("ขั้นที่ %1 %2").arg(stepNumber(step)).arg(planStepLabel(step)));
    document.add(ReportParagraph{steps.join(QStringLiteral("  ")), false, CellAlign::Left});
    return document;
}

}  // namespace thanrak::reports
