#include "support/OtopFixture.h"

#include "otop/ProducerRepository.h"
#include "otop/ProductRepository.h"
#include "otop/SalesRepository.h"

namespace thanrak::test {

QDate otopToday() { return QDate(2026, 11, 22); }

OtopFixture::OtopFixture() {
    const Organisation group = addOrganisation(QStringLiteral("OTOP-001"), QStringLiteral("35020101"),
                                               OrganisationKind::OtopProducer);
    producer.type = ProducerType::CommunityGroup;
    producer.name = QStringLiteral("กลุ่มแม่บ้านแปรรูปกล้วยหนองบัว");
    producer.organisationId = group.id;
    producer.villageCode = QStringLiteral("35020101");
    producer.memberCount = 18;
    producer.registeredOn = QDate(2019, 6, 3);
    producer.registrationNo = QStringLiteral("OTOP-3502-0001");
    ProducerRepository(db()).save(producer, otopToday());
    product = addProduct(QStringLiteral("กล้วยตากหนองบัว"), OtopCategory::Food, producer.id);
}

OtopProduct OtopFixture::addProduct(const QString& name, OtopCategory category,
                                    const QString& producerId) {
    OtopProduct p;
    p.producerId = producerId.isEmpty() ? producer.id : producerId;
    p.name = name;
    p.brand = QStringLiteral("หนองบัว");
    p.category = category;
    p.unit = QStringLiteral("ถุง");
    p.price = Money::fromBaht(45);
    p.monthlyCapacity = 600;
    ProductRepository(db()).save(p);
    return p;
}

QString OtopFixture::channelId(const QString& key) {
    for (const SalesChannel& c : SalesRepository(db()).channels())
        if (c.key == key) return c.id;
    return {};
}

void OtopFixture::addSales(const QString& productId, int year, int month, const QString& channelKey,
                           int quantity, qint64 baht) {
    MonthlySales s{{}, productId, QDate(year, month, 1), channelId(channelKey), quantity,
                   Money::fromBaht(baht)};
    SalesRepository(db()).saveSales(s, otopToday());
}

}  // namespace thanrak::test
