#include "exchange/BundleTestSupport.h"

#include "exchange/BundleExport.h"
#include "exchange/BundleImport.h"
#include "otop/CertificateRepository.h"
#include "otop/ChampionRepository.h"
#include "otop/ProducerRepository.h"
#include "otop/ProductRepository.h"
#include "otop/SalesRepository.h"
#include "storage/Sql.h"
#include "support/CatchQt.h"
#include "support/OtopFixture.h"
#include "support/TempDir.h"

using namespace thanrak;
using namespace thanrak::test;

namespace {

// The first bytes of a PNG and a few more: enough for a photo to be kept.
const QByteArray kPng("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0", 29);

// The fixture's group and its bananas, and a single owner in the next
// village with a drink: photos, certificates, two rounds of ratings, sales
// through a shipped channel and one the office added, and a target.
struct OtopVillage : OtopFixture {
    Person owner;
    OtopProducer single;
    OtopProduct drink;
    ProductCertificate lasting, expiring;
    QString templeShop;

    OtopVillage() {
        owner = addPerson(QStringLiteral("บุญมี"), QStringLiteral("ศรีสุข"), validId(5),
                          QStringLiteral("35020102"));
        single.type = ProducerType::SingleOwner;
        single.name = QStringLiteral("น้ำสมุนไพรบุญมี");
        single.personId = owner.id;
        single.villageCode = QStringLiteral("35020102");
        single.registeredOn = QDate(2021, 3, 15);
        ProducerRepository(db()).save(single, otopToday());
        drink = addProduct(QStringLiteral("น้ำกระเจี๊ยบพร้อมดื่ม"), OtopCategory::Drink, single.id);

        ProductRepository(db()).addPhoto(product.id, kPng, QStringLiteral("ถุงซิปล็อก"));
        CertificateRepository certificates(db());
        lasting = {{},
                   product.id,
                   ProductStandard::Gi,
                   QStringLiteral("สช 63100123"),
                   QStringLiteral("กรมทรัพย์สินทางปัญญา"),
                   QDate(2020, 8, 1),
                   {},
                   {}};
        certificates.save(lasting, otopToday());
        expiring = {{},
                    drink.id,
                    ProductStandard::Tcps,
                    QStringLiteral("มผช. 1234/2566"),
                    QStringLiteral("สมอ."),
                    QDate(2024, 1, 10),
                    QDate(2027, 1, 9),
                    {}};
        certificates.save(expiring, otopToday());

        ChampionRepository champion(db());
        for (int year : {2024, 2025}) {
            const ChampionRound round = champion.ensureRound(year);
            for (const QString& productId : {product.id, drink.id}) {
                ProductRating rating;
                rating.productId = productId;
                rating.roundId = round.id;
                rating.parts[0] = 20;
                rating.parts[1] = year == 2024 ? 40 : 48;
                rating.parts[2] = 16;
                rating.ratedOn = QDate(year, 8, 20);
                champion.saveRating(rating, otopToday());
            }
        }

        SalesRepository sales(db());
        templeShop = sales.addChannel(QStringLiteral("ร้านของฝากหน้าวัด"), false).id;
        addSales(product.id, 2026, 10, QStringLiteral("shopee"), 40, 1800);
        addSales(product.id, 2026, 11, QStringLiteral("fair"), 120, 5400);
        MonthlySales atTemple{{},         drink.id, QDate(2026, 10, 1),
                              templeShop, 30,       Money::fromBaht(750)};
        sales.saveSales(atTemple, otopToday());
        SalesTarget target{{}, product.id, 2026, Money::fromBaht(60000), 1300};
        sales.saveTarget(target);
    }

    QString send(const TempDir& dir, const QStringList& organisations = {}) {
        static int n = 0;
        const QString path = dir.path(QStringLiteral("otop-%1.zip").arg(++n));
        exportBundle(db(), {organisations}, path);
        return path;
    }
};

}  // namespace

TEST_CASE("OTOP producers, products, photos, certificates, ratings and sales travel whole") {
    OtopVillage village;
    TempDir dir;
    const QString bundle = village.send(dir);
    std::unique_ptr<Database> district = emptyFile(dir.path(QStringLiteral("district.thanrak")));
    const ImportSummary first = importBundle(*district, bundle);
    CHECK(first.totals().conflicts == 0);
    CHECK(counts(first, "otop_producers").added == 2);
    CHECK(counts(first, "otop_ratings").added == 4);
    // The shipped channels are the same rows on every installation.
    CHECK(counts(first, "otop_channels").unchanged == 8);
    CHECK(counts(first, "otop_channels").added == 1);
    CHECK(differences(*district, village.db().path()).isEmpty());
    CHECK(count(*district,
                QStringLiteral(
                    "SELECT count(*) FROM otop_certificates WHERE expires_on IS NULL")) == 1);
    CHECK(
        sql::scalar(district->connection(), QStringLiteral("SELECT image FROM otop_product_photos"))
            .toByteArray() == kPng);
    CHECK(count(*district, QStringLiteral("SELECT sum(amount) FROM otop_sales")) == 795000);

    const QByteArray after = fingerprint(*district);
    const ImportSummary again = importBundle(*district, bundle);
    CHECK(again.totals().changes() == 0);
    CHECK(again.totals().conflicts == 0);
    CHECK(fingerprint(*district) == after);
}

TEST_CASE(
    "A deleted certificate travels as a tombstone; a rating or a month's sales made again "
    "imports") {
    OtopVillage village;
    TempDir dir;
    std::unique_ptr<Database> district = emptyFile(dir.path(QStringLiteral("district.thanrak")));
    importBundle(*district, village.send(dir));

    CertificateRepository(village.db()).remove(village.expiring.id);
    // A rating removed and given again, and a month's sales cleared and typed
    // again: the same product, round, month and channel under new keys.
    ChampionRepository champion(village.db());
    const RatingRow latest = champion.history(village.drink.id).front();
    champion.removeRating(latest.rating.id);
    ProductRating again = latest.rating;
    again.id.clear();
    again.parts[1] = 52;
    champion.saveRating(again, otopToday());
    village.addSales(village.product.id, 2026, 10, QStringLiteral("shopee"), 0, 0);
    village.addSales(village.product.id, 2026, 10, QStringLiteral("shopee"), 44, 1980);

    const ImportSummary summary = importBundle(*district, village.send(dir));
    CHECK(summary.totals().conflicts == 0);
    CHECK(counts(summary, "otop_certificates").deleted == 1);
    CHECK(counts(summary, "otop_ratings").deleted == 1);
    CHECK(counts(summary, "otop_ratings").added == 1);
    CHECK(counts(summary, "otop_sales").deleted == 1);
    CHECK(counts(summary, "otop_sales").added == 1);
    CHECK(count(*district, QStringLiteral("SELECT count(*) FROM tombstones WHERE table_name = "
                                          "'otop_certificates'")) == 1);
    CHECK(differences(*district, village.db().path()).isEmpty());
}

TEST_CASE(
    "Exporting one organisation takes the single owners of its villages, not other groups' "
    "producers") {
    OtopVillage village;
    // A savings group in บ้านหนองบัว's neighbour, whose member lives there.
    const Organisation savings =
        village.addOrganisation(QStringLiteral("SG-0102"), QStringLiteral("35020102"));
    village.addMember(savings,
                      village.addPerson(QStringLiteral("สมาชิก"), QStringLiteral("ออมดี"), validId(6),
                                        QStringLiteral("35020102")),
                      QStringLiteral("1"));
    TempDir dir;
    const QString bundle = dir.path(QStringLiteral("sg.zip"));
    const ExportSummary exported = exportBundle(village.db(), {{savings.id}}, bundle);
    CHECK(rowsIn(exported, "otop_producers") == 1);  // the drink's owner, not the banana group
    CHECK(rowsIn(exported, "otop_products") == 1);
    CHECK(rowsIn(exported, "people") == 2);  // the member and the owner
    CHECK(rowsIn(exported, "otop_rounds") == 2);

    std::unique_ptr<Database> district = emptyFile(dir.path(QStringLiteral("district.thanrak")));
    const ImportSummary imported = importBundle(*district, bundle);
    CHECK(imported.totals().conflicts == 0);
    CHECK(count(*district, QStringLiteral("SELECT count(*) FROM organisations")) == 1);
    CHECK(
        sql::scalar(district->connection(), QStringLiteral("SELECT person_id FROM otop_producers"))
            .toString() == village.owner.id);

    // The banana group travels with its own organisation.
    const ExportSummary group = exportBundle(village.db(), {{village.producer.organisationId}},
                                             dir.path(QStringLiteral("group.zip")));
    CHECK(rowsIn(group, "otop_producers") == 1);
    CHECK(rowsIn(group, "otop_product_photos") == 1);
}

namespace {
QByteArray setCell(const QByteArray& csv, int row, const char* column, const QByteArray& raw) {
    QList<QByteArray> lines = csv.split('\n');
    const QList<QByteArray> header = lines.at(0).trimmed().split(',');
    const qsizetype index = header.indexOf(QByteArray(column));
    REQUIRE(index >= 0);
    QList<QByteArray> cells = lines.at(row - 1).chopped(1).split(',');
    cells[index] = raw;
    lines[row - 1] = cells.join(',') + '\r';
    return lines.join('\n');
}
}  // namespace

TEST_CASE(
    "A B.E. month or a negative amount in otop_sales.csv is refused naming file, row and column") {
    OtopVillage village;
    TempDir dir;
    const QString bundle = village.send(dir);
    std::unique_ptr<Database> district = emptyFile(dir.path(QStringLiteral("district.thanrak")));
    const QByteArray before = fingerprint(*district);
    const QString file = QStringLiteral("otop_sales.csv");
    const auto refused = [&](const char* column, const QByteArray& raw) {
        editBundle(bundle, file, [&](QByteArray csv) { return setCell(csv, 2, column, raw); });
        const ExchangeError error = exchangeError([&] { importBundle(*district, bundle); });
        CHECK(error.code() == QStringLiteral("bundle.invalid"));
        REQUIRE_FALSE(error.problems().isEmpty());
        const ErrorLocation where = error.problems().front().where();
        CHECK(where.file == file);
        CHECK(where.row == 2);
        CHECK(where.column == QString::fromLatin1(column));
        CHECK(fingerprint(*district) == before);
    };
    SECTION("a B.E. month") {
        refused("sales_month", "2569-10");
    }
    SECTION("a negative amount") {
        refused("amount", "-1800.00");
    }
}
