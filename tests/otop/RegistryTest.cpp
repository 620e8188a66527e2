#include "base/Error.h"
#include "otop/CertificateRepository.h"
#include "otop/ChampionRepository.h"
#include "otop/OtopSummary.h"
#include "otop/ProducerRepository.h"
#include "otop/ProductRepository.h"
#include "otop/SalesRepository.h"
#include "support/CatchMoney.h"
#include "support/OtopFixture.h"

#include <catch2/catch.hpp>

using namespace thanrak;
using thanrak::test::OtopFixture;
using thanrak::test::otopToday;

TEST_CASE("producers are registered with their links and listed by tambon", "[otop][registry]") {
    OtopFixture f;
    ProducerRepository producers(f.db());
    const Person owner = f.addPerson(QStringLiteral("บุญมี"), QStringLiteral("ทอผ้า"));
    OtopProducer weaver;
    weaver.type = ProducerType::SingleOwner;
    weaver.name = QStringLiteral("ผ้าไหมบุญมี");
    weaver.personId = owner.id;
    weaver.villageCode = QStringLiteral("35020102");
    producers.save(weaver, otopToday());

    const QList<ProducerRow> rows = producers.list();
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].producer.name == QStringLiteral("กลุ่มแม่บ้านแปรรูปกล้วยหนองบัว"));
    CHECK(rows[0].products == 1);
    CHECK(rows[0].villageLabel == QStringLiteral("บ้านหนองบัว หมู่ที่ 1"));
    CHECK(rows[1].linkedName.contains(QStringLiteral("บุญมี")));
    CHECK(producers.list({QString(), QStringLiteral("ไหม")}).size() == 1);

    OtopProducer unlinked;
    unlinked.type = ProducerType::SingleOwner;
    unlinked.name = QStringLiteral("x");
    unlinked.villageCode = QStringLiteral("35020101");
    unlinked.registrationNo = f.producer.registrationNo;
    unlinked.registeredOn = QDate(2567, 1, 1);
    try {
        producers.save(unlinked, otopToday());
        FAIL("expected a ValidationError");
    } catch (const ValidationError& e) {
        QStringList fields;
        for (const FieldProblem& p : e.problems()) fields << p.field;
        CHECK(fields == QStringList{QStringLiteral("person_id"), QStringLiteral("registered_on"),
                                    QStringLiteral("registration_no")});
    }
    CHECK(producers.list().size() == 2);
    CHECK_THROWS_AS(producers.remove(f.producer.id), Error);  // it has a product
    producers.remove(weaver.id);
    CHECK(producers.list().size() == 1);
}

TEST_CASE("products keep their details and photos; history blocks removal", "[otop][registry]") {
    OtopFixture f;
    ProductRepository products(f.db());
    OtopProduct p = f.product;
    p.story = QStringLiteral("สูตรกล้วยตากของยายที่ทำกันมาสามรุ่น");
    p.price = Money::fromSatang(4550);
    products.save(p);
    const ProductRow row = *products.find(p.id);
    CHECK(row.product.story == p.story);
    CHECK(row.product.price == Money::fromSatang(4550));
    CHECK(row.producerName == f.producer.name);
    CHECK(row.stars == 0);

    OtopProduct same = f.product;
    same.id.clear();
    CHECK_THROWS_AS(products.save(same), ValidationError);  // same name, same producer
    OtopProduct absurd = f.product;
    absurd.price = Money::fromBaht(4'500'000);
    CHECK_THROWS_AS(products.save(absurd), ValidationError);

    const QByteArray png = QByteArray("\x89PNG\r\n\x1A\n", 8) + QByteArray(100, 'x');
    products.addPhoto(p.id, png, QStringLiteral("ถุงซิปล็อก"));
    products.addPhoto(p.id, png, QStringLiteral("กล่องของฝาก"));
    CHECK_THROWS_AS(products.addPhoto(p.id, QByteArray("GIF89a"), {}), Error);
    const QList<ProductPhoto> photos = products.photos(p.id);
    REQUIRE(photos.size() == 2);
    CHECK(photos[1].position == 2);
    CHECK(photos[1].image == png);

    const OtopProduct spare = f.addProduct(QStringLiteral("กล้วยกวน"), OtopCategory::Food);
    products.addPhoto(spare.id, png, {});
    products.remove(spare.id);  // no history: goes with its photo
    CHECK_FALSE(products.find(spare.id).has_value());
    f.addSales(p.id, 2026, 10, QStringLiteral("shop"), 5, 225);
    CHECK_THROWS_AS(products.remove(p.id), Error);
    CHECK(products.find(p.id).has_value());
}

TEST_CASE("the district summary counts products by category, stars and tambon", "[otop][summary]") {
    OtopFixture f;
    const OtopProduct tea = f.addProduct(QStringLiteral("ชาใบหม่อน"), OtopCategory::Drink);
    const OtopProduct silk = f.addProduct(QStringLiteral("ผ้าไหมมัดหมี่"), OtopCategory::Textile);
    ChampionRepository champions(f.db());
    const ChampionRound y2024 = champions.ensureRound(2024);
    const ChampionRound y2026 = champions.ensureRound(2026);
    ProductRating a{{}, f.product.id, y2024.id, {20, 40, 15}, 0, std::nullopt, {}, {}};  // 75: 3★
    champions.saveRating(a, otopToday());
    ProductRating b{{}, f.product.id, y2026.id, {24, 52, 19}, 0, std::nullopt, {}, {}};  // 95: 5★
    champions.saveRating(b, otopToday());
    ProductRating c{{}, tea.id, y2024.id, {15, 30, 10}, 0, std::nullopt, {}, {}};  // 55: 2★
    champions.saveRating(c, otopToday());
    f.addSales(f.product.id, 2026, 3, QStringLiteral("shop"), 10, 450);
    f.addSales(silk.id, 2026, 3, QStringLiteral("fair"), 2, 7000);
    ProductCertificate fda{{}, f.product.id, ProductStandard::Fda, QStringLiteral("35-1"), {},
                           QDate(2024, 1, 1), QDate(2027, 1, 1), {}};
    CertificateRepository(f.db()).save(fda, otopToday());

    const DistrictOtopSummary in2026 = districtOtopSummary(f.db(), 2026);
    CHECK(in2026.producers == 1);
    CHECK(in2026.products.total() == 3);
    CHECK(in2026.products.byStars[5] == 1);
    CHECK(in2026.products.byStars[2] == 1);
    CHECK(in2026.products.byStars[0] == 1);  // silk never rated
    CHECK(in2026.sales == Money::fromBaht(7450));
    REQUIRE(in2026.categories.size() == 5);
    CHECK(in2026.categories[0].products.byStars[5] == 1);  // food
    CHECK(in2026.categories[2].sales == Money::fromBaht(7000));  // textiles
    REQUIRE(in2026.tambons.size() == 1);
    CHECK(in2026.tambons[0].subdistrictName == QStringLiteral("ทรายมูล"));
    CHECK(in2026.tambons[0].certificates == 1);

    // In 2025 the banana product's latest round was 2024: three stars.
    const DistrictOtopSummary in2025 = districtOtopSummary(f.db(), 2025);
    CHECK(in2025.products.byStars[3] == 1);
    CHECK(in2025.products.byStars[5] == 0);
    CHECK(in2025.sales.isZero());
}
