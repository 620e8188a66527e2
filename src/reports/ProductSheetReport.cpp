#include "report/ReportCells.h"
#include "reports/ReportBuilders.h"
#include "reports/ReportContext.h"

#include "base/Error.h"
#include "money/MoneyFormat.h"
#include "otop/CertificateRepository.h"
#include "otop/ChampionRepository.h"
#include "otop/OtopRules.h"
#include "otop/OtopSummary.h"
#include "otop/ProducerRepository.h"
#include "otop/ProductRepository.h"
#include "otop/SalesRepository.h"
#include "thai/ThaiDate.h"

#include <QCoreApplication>
#include <QLocale>

namespace thanrak::reports {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

// The photo's width beside the product's key facts: about a third of the
// page, so the sheet of a product keeps to one page.
constexpr double kPhotoWidthMm = 40;

QString count(qint64 number) { return QLocale(QLocale::English).toString(number); }

QString baht(Money amount) { return Text::tr("%1 บาท").arg(formatMoney(amount)); }

// Label and value, left out when there is nothing to say.
void addLine(ReportFacts& facts, const QString& label, const QString& value) {
    if (!value.trimmed().isEmpty())
        facts.lines.append({label, value.trimmed()});
}

// Who makes it, across the page.
ReportFacts producerFacts(Database& db, const ProductRow& row) {
    ReportFacts facts;
    const std::optional<OtopProducer> producer =
        ProducerRepository(db).find(row.product.producerId);
    if (!producer) {
        addLine(facts, Text::tr("ผู้ผลิต"), row.producerName);
        return facts;
    }
    QString type = producerTypeLabel(producer->type);
    if (producer->memberCount > 0)
        type += Text::tr(" สมาชิก %1 คน").arg(count(producer->memberCount));
    addLine(facts, Text::tr("ผู้ผลิต"), Text::tr("%1 (%2)").arg(producer->name, type));
    addLine(facts, Text::tr("ที่ตั้ง"), placeLine(db, producer->villageCode));
    QStringList contact;
    for (const QString& part : {producer->contactName, producer->phone})
        if (!part.trimmed().isEmpty())
            contact.append(part.trimmed());
    addLine(facts, Text::tr("ผู้ติดต่อ"), contact.join(Text::tr(" โทร. ")));
    QString registration = producer->registrationNo;
    if (producer->registeredOn.isValid())
        registration = Text::tr("%1 ลงทะเบียนเมื่อ %2")
                           .arg(registration, formatThaiDate(producer->registeredOn))
                           .trimmed();
    addLine(facts, Text::tr("ทะเบียนผู้ผลิต"), registration);
    return facts;
}

// The product's short facts, beside its photo.
ReportFacts productFacts(const OtopProduct& p) {
    ReportFacts facts;
    addLine(facts, Text::tr("ตราสินค้า"), p.brand);
    QString category = otopCategoryLabel(p.category);
    if (!p.subGroup.trimmed().isEmpty())
        category += Text::tr(" (กลุ่มย่อย %1)").arg(p.subGroup.trimmed());
    addLine(facts, Text::tr("หมวด"), category);
    addLine(facts, Text::tr("ราคา"), Text::tr("%1 ต่อ%2").arg(baht(p.price), p.unit));
    if (p.monthlyCapacity > 0)
        addLine(facts, Text::tr("กำลังการผลิต"),
                Text::tr("%1 %2 ต่อเดือน").arg(count(p.monthlyCapacity), p.unit));
    addLine(facts, Text::tr("วัตถุดิบ"), p.rawMaterials);
    addLine(facts, Text::tr("บรรจุภัณฑ์"), p.packaging);
    return facts;
}

// What it is and its story, across the page.
ReportFacts storyFacts(const OtopProduct& p) {
    ReportFacts facts;
    addLine(facts, Text::tr("รายละเอียด"), p.description);
    addLine(facts, Text::tr("เรื่องราว ภูมิปัญญา"), p.story);
    return facts;
}

QString certificateStateText(const ProductCertificate& c, const QDate& day) {
    switch (certificateState(c, day)) {
        case CertificateState::Valid:
            return Text::tr("ใช้ได้");
        case CertificateState::Expiring:
            return Text::tr("จะหมดอายุในอีก %1 วัน").arg(day.daysTo(c.expiresOn));
        case CertificateState::Expired:
            return Text::tr("หมดอายุแล้ว");
        case CertificateState::NoExpiry:
            return Text::tr("ใช้ได้");  // the expiry column says it has none
    }
    return {};
}

ReportTable certificateTable(Database& db, const QString& productId, const QDate& day) {
    ReportTable table;
    table.caption = Text::tr("ใบรับรองมาตรฐาน");
    table.compact = true;
    // The issuer is on the certificate-expiry list; here the room goes to the state.
    table.columns = {textColumn(Text::tr("มาตรฐาน"), 2), textColumn(Text::tr("เลขที่"), 2),
                     textColumn(Text::tr("วันหมดอายุ"), 1.2), textColumn(Text::tr("สถานะ"), 1.8)};
    for (const ProductCertificate& c : CertificateRepository(db).ofProduct(productId)) {
        const bool lapsed = certificateState(c, day) == CertificateState::Expired;
        table.rows.append({textCell(productStandardLabel(c.standard)), textCell(c.number),
                           c.expiresOn.isValid() ? dateCell(c.expiresOn, true)
                                                 : textCell(Text::tr("ไม่มีกำหนด")),
                           textCell(certificateStateText(c, day), lapsed)});
    }
    return table;
}

Cell scoreCell(int score, int fullMarks) {
    return Cell{QStringLiteral("%1/%2").arg(score).arg(fullMarks), QString::number(score),
                CellAlign::Right, false, 1};
}

ReportTable championTable(Database& db, const QString& productId) {
    ReportTable table;
    table.caption = Text::tr("ผลการคัดสรรสุดยอดหนึ่งตำบล หนึ่งผลิตภัณฑ์ (OTOP Product Champion)");
    table.compact = true;
    table.columns = {centerColumn(Text::tr("ปี (พ.ศ.)"), 1), amountColumn(Text::tr("ส่วนที่ 1"), 1),
                     amountColumn(Text::tr("ส่วนที่ 2"), 1), amountColumn(Text::tr("ส่วนที่ 3"), 1),
                     amountColumn(Text::tr("รวม"), 1),      centerColumn(Text::tr("ระดับ"), 1),
                     textColumn(Text::tr("ตรา OTOP"), 1.6)};
    for (const RatingRow& row : ChampionRepository(db).history(productId)) {
        const ProductRating& r = row.rating;
        CellRow cells = {centerCell(QString::number(buddhistYear(row.round.year)))};
        for (int part = 0; part < 3; ++part)
            cells.append(scoreCell(r.parts[part], row.round.partMax[part]));
        cells.append(scoreCell(r.total(), row.round.fullMarks()));
        cells.append(centerCell(Text::tr("%1 ดาว").arg(r.stars), true));
        cells.append(textCell(r.markTier ? markTierLabel(*r.markTier) : QString()));
        table.rows.append(cells);
    }
    return table;
}
}  // namespace

namespace {
// The product's sales from January to the report's month, as three lines
// (the total, the target, the channels by what they sold), so the whole
// sheet stays on one page however many channels sold.
ReportFacts salesFacts(Database& db, const OtopProduct& p, const QDate& to) {
    OtopScope scope;
    scope.productId = p.id;
    const SalesGrid grid = salesGrid(db, to.year(), scope);
    Money amount;
    int quantity = 0;
    QList<QPair<Money, QString>> channels;
    for (int c = 0; c < grid.channels.size(); ++c) {
        Money channelAmount;
        for (int m = 0; m < to.month(); ++m) {
            channelAmount += grid.amounts[m][c];
            quantity += grid.quantities[m][c];
        }
        amount += channelAmount;
        if (channelAmount.isPositive()) channels.append({channelAmount, grid.channels[c].name});
    }
    std::stable_sort(channels.begin(), channels.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    QStringList byChannel;
    for (const auto& [channelAmount, name] : channels)
        byChannel << QStringLiteral("%1 %2").arg(name, formatMoney(channelAmount));
    ReportFacts facts;
    const std::optional<SalesTarget> target = SalesRepository(db).target(p.id, to.year());
    QString sold = Text::tr("ม.ค.–%1 %2 บาท (%3 %4)")
                       .arg(thaiMonthName(to.month(), true), formatMoney(amount),
                            numberCell(quantity).text, p.unit);
    sold += target ? Text::tr(" · เป้าหมายทั้งปี %1 บาท ขายได้ %2")
                         .arg(formatMoney(target->amount), achievedPercent(amount, target->amount))
                   : Text::tr(" · ยังไม่ได้ตั้งเป้าหมาย");
    facts.lines.append({Text::tr("ยอดขายปี %1").arg(buddhistYear(to.year())), sold});
    facts.lines.append({Text::tr("ช่องทางขาย"),
                        byChannel.isEmpty() ? Text::tr("ยังไม่มียอดขาย") : byChannel.join(QStringLiteral(" · "))});
    return facts;
}

void addProductPage(ReportDocument& document, Database& db, const ProductRow& row,
                    const QDate& day) {
    const OtopProduct& p = row.product;
    document.add(ReportParagraph{p.name, true, CellAlign::Left});
    ReportFacts details = productFacts(p);
    const QList<ProductPhoto> photos = ProductRepository(db).photos(p.id);
    if (!photos.isEmpty())
        details.picture = ReportImage{photos.front().image, kPhotoWidthMm, photos.front().caption};
    document.add(details);
    document.add(producerFacts(db, row));
    const ReportFacts story = storyFacts(p);
    if (!story.lines.isEmpty())
        document.add(story);
    document.add(certificateTable(db, p.id, day));
    document.add(championTable(db, p.id));
    document.add(salesFacts(db, p, day));
}

QList<ProductRow> productsFor(Database& db, const ReportRequest& request) {
    ProductRepository repository(db);
    if (request.productId.isEmpty()) {
        ProductFilter filter;
        filter.subdistrictCode = request.subdistrictCode;
        return repository.list(filter);
    }
    const std::optional<ProductRow> row = repository.find(request.productId);
    if (!row)
        throw Error(QStringLiteral("report.request"),
                    Text::tr("ไม่พบผลิตภัณฑ์ที่เลือกในไฟล์นี้ กรุณาเลือกผลิตภัณฑ์อีกครั้ง"));
    return {*row};
}
}  // namespace

ReportDocument productSheet(Database& db, const ReportInfo& info, const ReportRequest& request) {
    ReportDocument document = startDistrictReport(db, info, request, asOfPeriodText(request.to));
    const QList<ProductRow> products = productsFor(db, request);
    if (products.isEmpty())
        document.add(ReportParagraph{Text::tr("ยังไม่มีผลิตภัณฑ์ OTOP ที่ลงทะเบียนไว้"), false,
                                     CellAlign::Left});
    for (const ProductRow& row : products) {
        if (&row != &products.front())
            document.add(ReportPageBreak{});
        addProductPage(document, db, row, request.to);
    }
    return document;
}

}  // namespace thanrak::reports
