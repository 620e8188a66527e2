#include "report/ReportCells.h"
#include "reports/PlanContext.h"
#include "reports/ReportBuilders.h"

#include "cbmc/AttachmentRepository.h"
#include "cbmc/KsnbRepository.h"
#include "cbmc/LinkRepository.h"
#include "cbmc/PlanFigures.h"
#include "domain/OrganisationRepository.h"
#include "otop/ProductRepository.h"
#include "thai/ThaiDate.h"

#include <QCoreApplication>
#include <QHash>

namespace thanrak::reports {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

// "6.2": the block and the card's place in it, as the canvas tables number them.
QString cardRef(const CanvasItem& item) {
    return QStringLiteral("%1.%2").arg(blockNumber(item.block)).arg(item.position);
}

Cell shortDateCell(const QDate& date) {
    return date.isValid() ? dateCell(date, true) : textCell(QString());
}

ReportFacts planFacts(Database& db, const PlanReport& report) {
    ReportFacts facts;
    const std::optional<Organisation> organisation =
        OrganisationRepository(db).find(report.plan.plan.organisationId);
    if (organisation)
        facts.lines.append({Text::tr("องค์กร"),
                            Text::tr("%1 (%2)").arg(organisation->name,
                                                    organisationKindLabel(organisation->kind))});
    facts.lines.append({Text::tr("ชื่อแผน"), report.plan.plan.title});
    facts.lines.append({Text::tr("ฉบับ"), versionText(report.version)});
    if (!report.version.note.trimmed().isEmpty())
        facts.lines.append({Text::tr("หมายเหตุฉบับ"), report.version.note.trimmed()});
    QStringList products;
    ProductRepository productRepository(db);
    for (const QString& id : PlanRepository(db).products(report.plan.plan.id))
        if (const std::optional<ProductRow> row = productRepository.find(id))
            products.append(row->product.name);
    facts.lines.append({Text::tr("ผลิตภัณฑ์"), products.isEmpty() ? Text::tr("ยังไม่ได้เลือก")
                                                               : products.join(Text::tr(", "))});
    if (!report.plan.plan.notes.trimmed().isEmpty())
        facts.lines.append({Text::tr("หมายเหตุ"), report.plan.plan.notes.trimmed()});
    return facts;
}

// Each block as a table: its cards, their amounts, and what each is linked to
// (both ways, so an activity shows the costs that belong to it).
QList<ReportBlock> canvasTables(Database& db, const PlanReport& report) {
    QHash<QString, CanvasItem> byId;
    for (const CanvasItem& item : report.items) byId.insert(item.id, item);
    QHash<QString, QStringList> linked;
    for (const CanvasLink& link : LinkRepository(db).links(report.version.id)) {
        if (!byId.contains(link.fromItemId) || !byId.contains(link.toItemId))
            continue;
        linked[link.fromItemId].append(cardRef(byId[link.toItemId]));
        linked[link.toItemId].append(cardRef(byId[link.fromItemId]));
    }
    QList<ReportBlock> blocks;
    for (CanvasBlock block : allCanvasBlocks()) {
        ReportTable table;
        table.caption = Text::tr("ช่อง %1 %2").arg(blockNumber(block)).arg(canvasBlockLabel(block));
        table.columns = {centerColumn(Text::tr("ที่"), 0.6), textColumn(Text::tr("รายการ"), 5),
                         textColumn(Text::tr("เชื่อมกับ"), 1.6)};
        if (blockCarriesAmount(block))
            table.columns.insert(2, amountColumn(Text::tr("จำนวนเงิน (บาท)"), 1.6));
        for (const CanvasItem& item : report.items) {
            if (item.block != block)
                continue;
            QStringList refs = linked.value(item.id);
            refs.sort();
            CellRow row{centerCell(cardRef(item)), textCell(item.text),
                        textCell(refs.join(QStringLiteral(", ")))};
            if (blockCarriesAmount(block))
                row.insert(2, item.amount ? moneyCell(*item.amount) : textCell(QString()));
            table.rows.append(row);
        }
        if (table.rows.isEmpty())
            table.rows.append(
                {labelCell(Text::tr("ยังไม่มีรายการ"), int(table.columns.size()), false)});
        blocks.append(table);
    }
    return blocks;
}

// What the plan expects beside what happened in the year: OTOP sales of the
// covered products and, when the group keeps books here, its income and expenses.
ReportTable figuresTable(Database& db, const PlanReport& report, int year) {
    const CanvasFigures expected = canvasFigures(report.items);
    const PlanActuals actual = planActuals(db, report.plan.plan.id, year);
    ReportTable table;
    table.caption = Text::tr("ตัวเลขที่คาดไว้เทียบกับที่เกิดขึ้นจริงปี %1").arg(buddhistYear(year));
    table.columns = {textColumn(Text::tr("รายการ"), 2), amountColumn(Text::tr("ตามแผน (บาท)"), 1.1),
                     amountColumn(Text::tr("ยอดขาย OTOP (บาท)"), 1.1),
                     amountColumn(Text::tr("ตามบัญชี (บาท)"), 1.1)};
    const auto books = [&actual](Money amount) {
        return actual.keepsBooks ? moneyCell(amount) : textCell(Text::tr("ไม่ได้ทำบัญชี"));
    };
    table.rows = {
        {textCell(Text::tr("รายได้")), moneyCell(expected.revenue), moneyCell(actual.productSales),
         books(actual.bookIncome)},
        {textCell(Text::tr("ค่าใช้จ่าย")), moneyCell(expected.cost), textCell(QString()),
         books(actual.bookExpense)},
        {textCell(Text::tr("กำไร"), true), moneyCell(expected.profit(), true), textCell(QString()),
         books(actual.bookProfit())},
    };
    for (const ProductActual& product : actual.products)
        table.rows.append(
            {textCell(
                 Text::tr("  ยอดขาย %1 (%2 หน่วย)").arg(product.productName).arg(product.quantity)),
             textCell(QString()), moneyCell(product.sales), textCell(QString())});
    return table;
}

ReportTable ksnbTable(Database& db, const PlanReport& report) {
    ReportTable table;
    table.caption = Text::tr("การพัฒนาศักยภาพ (KSNB)");
    table.compact = true;
    // Short dates ("14 เม.ย. 68") and "กำลังดำเนินการ" each stay on one line.
    table.columns = {textColumn(Text::tr("ด้าน"), 1.2),    textColumn(Text::tr("หัวข้อ"), 1.7),
                     textColumn(Text::tr("กิจกรรม"), 1.8), textColumn(Text::tr("เริ่ม"), 1.5),
                     textColumn(Text::tr("สิ้นสุด"), 1.5),   textColumn(Text::tr("ผู้รับผิดชอบ"), 1.8),
                     textColumn(Text::tr("สถานะ"), 2.1)};
    for (const KsnbItem& item : KsnbRepository(db).list(report.plan.plan.id))
        table.rows.append({textCell(ksnbKindLabel(item.kind)), textCell(item.topic),
                           textCell(item.activity), shortDateCell(item.startOn),
                           shortDateCell(item.endOn), textCell(item.responsibleLabel()),
                           textCell(ksnbStatusLabel(item.status))});
    if (table.rows.isEmpty())
        table.rows.append({labelCell(Text::tr("ยังไม่มีรายการ"), 7, false)});
    return table;
}

ReportTable stepsTable(Database& db, const PlanReport& report) {
    QHash<int, QStringList> files;
    for (const PlanAttachment& a : AttachmentRepository(db).list(report.plan.plan.id))
        files[stepNumber(a.step)].append(a.fileName);
    ReportTable table;
    table.caption = Text::tr("ความก้าวหน้าสี่ขั้นตอน");
    table.compact = true;
    table.columns = {textColumn(Text::tr("ขั้นตอน"), 2.4), textColumn(Text::tr("สถานะ"), 2.1),
                     textColumn(Text::tr("เริ่ม"), 1.5),   textColumn(Text::tr("เสร็จ"), 1.5),
                     textColumn(Text::tr("บันทึก"), 2),    textColumn(Text::tr("ไฟล์แนบ"), 1.7)};
    for (const PlanStepState& state : PlanRepository(db).steps(report.plan.plan.id))
        table.rows.append(
            {textCell(
                 Text::tr("%1. %2").arg(stepNumber(state.step)).arg(planStepLabel(state.step))),
             textCell(stepStatusLabel(state.status)), shortDateCell(state.startedOn),
             shortDateCell(state.finishedOn), textCell(state.notes),
             textCell(files.value(stepNumber(state.step)).join(QStringLiteral(", ")))});
    return table;
}
}  // namespace

// The plan as a document for the group's file and the district office.
ReportDocument businessPlan(Database& db, const ReportInfo& info, const ReportRequest& request) {
    PlanReport report = startPlanReport(db, info, request);
    ReportDocument& document = report.document;
    document.add(planFacts(db, report));
    for (const ReportBlock& block : canvasTables(db, report)) document.add(block);
    document.add(figuresTable(db, report, request.to.year()));
    document.add(ksnbTable(db, report));
    document.add(stepsTable(db, report));
    document.add(ReportSignatures{
        {Signer{Text::tr("ประธานกลุ่ม"), {}}, Signer{Text::tr("พัฒนากรผู้รับผิดชอบ"), {}}}});
    return std::move(report.document);
}

}  // namespace thanrak::reports
