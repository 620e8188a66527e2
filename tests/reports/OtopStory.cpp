#include "reports/OtopStory.h"

#include "otop/CertificateRepository.h"
#include "otop/ChampionRepository.h"
#include "otop/ProducerRepository.h"
#include "otop/ProductRepository.h"
#include "otop/SalesRepository.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>

namespace thanrak::test {

namespace {
// Entered on the day the story's reports are printed.
const QDate kEntered(2026, 12, 1);

OtopProduct saveProduct(Database& db, const QString& producerId, const QString& name,
                        OtopCategory category, const QString& unit, qint64 price) {
    OtopProduct p;
    p.producerId = producerId;
    p.name = name;
    p.brand = QStringLiteral("โนนสูง");
    p.category = category;
    p.unit = unit;
    p.price = Money::fromBaht(price);
    p.monthlyCapacity = 600;
    ProductRepository(db).save(p);
    return p;
}

void sell(Database& db, const QString& productId, int year, int month, const QString& channelKey,
          int quantity, qint64 satang) {
    SalesRepository sales(db);
    for (const SalesChannel& c : sales.channels())
        if (c.key == channelKey) {
            MonthlySales s{{}, productId, QDate(year, month, 1), c.id, quantity,
                           Money::fromSatang(satang)};
            sales.saveSales(s, kEntered);
        }
}

void certify(Database& db, const QString& productId, ProductStandard standard,
             const QString& number, const QString& issuer, const QDate& issued,
             const QDate& expires) {
    ProductCertificate c{{}, productId, standard, number, issuer, issued, expires, {}};
    CertificateRepository(db).save(c, kEntered);
}

void rate(Database& db, const QString& productId, int year, int a, int b, int c,
          std::optional<MarkTier> tier) {
    ChampionRepository champions(db);
    const ChampionRound round = champions.ensureRound(year);
    ProductRating r{{}, productId, round.id, {a, b, c}, 0, tier, QDate(year, 8, 15), {}};
    champions.saveRating(r, kEntered);
}

void addBananaDetails(Database& db, OtopProduct& p) {
    p.subGroup = QStringLiteral("ผลไม้แปรรูป");
    p.rawMaterials = QStringLiteral("กล้วยน้ำว้าจากสวนของสมาชิกในหมู่บ้าน");
    p.packaging = QStringLiteral("ถุงซิปล็อกพิมพ์ลาย 250 กรัม");
    p.description = QStringLiteral("กล้วยน้ำว้าสุกตากแดดในโรงอบพลังแสงอาทิตย์ ไม่ใส่น้ำตาลและสารกันเสีย");
    p.story = QStringLiteral("แม่บ้านโนนสูงตากกล้วยกินกันในครัวเรือนมาหลายชั่วอายุคน "
                             "เริ่มรวมกลุ่มทำขายเมื่อปี 2550 ด้วยโรงอบที่ช่วยกันสร้าง");
    ProductRepository(db).save(p);
    ProductRepository(db).addPhoto(p.id, samplePhoto(), QStringLiteral("กล้วยตากในถุงซิปล็อก"));
}
}  // namespace

QByteArray samplePhoto(int width, int height) {
    QImage picture(width, height, QImage::Format_RGB32);
    picture.fill(QColor(250, 236, 190));
    QPainter painter(&picture);
    painter.setBrush(QColor(196, 140, 60));
    painter.drawEllipse(QRectF(width * 0.2, height * 0.3, width * 0.6, height * 0.4));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    picture.save(&buffer, "PNG");
    return bytes;
}

OtopStory addOtopStory(DomainFixture& f) {
    Database& db = f.db();
    const Organisation group = f.addOrganisation(QStringLiteral("OTOP-001"),
                                                 QStringLiteral("35020102"),
                                                 OrganisationKind::OtopProducer);
    OtopProducer producer;
    producer.type = ProducerType::CommunityGroup;
    producer.name = QStringLiteral("กลุ่มแม่บ้านแปรรูปผลผลิตการเกษตรโนนสูง");
    producer.organisationId = group.id;
    producer.villageCode = QStringLiteral("35020102");
    producer.contactName = QStringLiteral("นางบุญเรือน ศรีสุข");
    producer.phone = QStringLiteral("081-234-5678");
    producer.memberCount = 18;
    producer.registeredOn = QDate(2019, 6, 3);
    producer.registrationNo = QStringLiteral("OTOP-3502-0001");
    ProducerRepository(db).save(producer, kEntered);

    OtopProduct banana = saveProduct(db, producer.id, QStringLiteral("กล้วยตากโนนสูง"),
                                     OtopCategory::Food, QStringLiteral("ถุง"), 45);
    addBananaDetails(db, banana);
    const OtopProduct tea = saveProduct(db, producer.id, QStringLiteral("ชาใบหม่อนโนนสูง"),
                                        OtopCategory::Drink, QStringLiteral("กล่อง"), 150);

    sell(db, banana.id, 2025, 12, QStringLiteral("shopee"), 50, 225000);
    sell(db, banana.id, 2026, 1, QStringLiteral("shopee"), 120, 540000);
    sell(db, banana.id, 2026, 1, QStringLiteral("fair"), 300, 1350000);
    sell(db, banana.id, 2026, 2, QStringLiteral("otop_online"), 80, 360000);
    sell(db, banana.id, 2026, 3, QStringLiteral("fair"), 200, 900000);
    sell(db, tea.id, 2026, 2, QStringLiteral("lazada"), 20, 300000);
    sell(db, tea.id, 2026, 3, QStringLiteral("line_shopping"), 15, 224975);
    SalesRepository sales(db);
    SalesTarget bananaTarget{{}, banana.id, 2026, Money::fromBaht(120000), 2700};
    sales.saveTarget(bananaTarget);
    SalesTarget teaTarget{{}, tea.id, 2026, Money::fromBaht(10000), 0};
    sales.saveTarget(teaTarget);

    const QString fdaOffice = QStringLiteral("สำนักงานสาธารณสุขจังหวัดยโสธร");
    const QString industry = QStringLiteral("สำนักงานอุตสาหกรรมจังหวัดยโสธร");
    certify(db, banana.id, ProductStandard::Fda, QStringLiteral("35-2-01962-2-0001"), fdaOffice,
            QDate(2021, 4, 30), QDate(2026, 4, 30));
    certify(db, banana.id, ProductStandard::Tcps, QStringLiteral("มผช. 107/2566"), industry,
            QDate(2023, 2, 14), QDate(2026, 2, 14));
    certify(db, banana.id, ProductStandard::Gi, QStringLiteral("สช 65100123"),
            QStringLiteral("กรมทรัพย์สินทางปัญญา"), QDate(2022, 9, 1), QDate());
    certify(db, tea.id, ProductStandard::Tcps, QStringLiteral("มผช. 120/2566"), industry,
            QDate(2023, 7, 15), QDate(2026, 7, 15));

    rate(db, banana.id, 2024, 20, 40, 15, std::nullopt);
    rate(db, banana.id, 2025, 22, 48, 17, MarkTier::Classic);
    rate(db, tea.id, 2025, 15, 30, 10, std::nullopt);
    return {producer.id, banana.id, tea.id};
}

}  // namespace thanrak::test
