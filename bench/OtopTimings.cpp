#include "OtopTimings.h"

#include "DistrictSetup.h"
#include "SqlBulk.h"
#include "Timings.h"

#include "base/Ids.h"
#include "domain/ReferenceData.h"
#include "otop/CertificateRepository.h"
#include "otop/ChampionRepository.h"
#include "otop/OtopSummary.h"
#include "otop/ProducerRepository.h"
#include "otop/ProductRepository.h"
#include "otop/SalesRepository.h"
#include "reports/ReportCatalog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <random>

namespace thanrak::bench {

namespace {
constexpr int kProductsPerProducer = 5;
constexpr int kSalesYears = 5;
const QDate kToday(2026, 11, 22);

struct Built {
    QStringList products;
    int sales = 0;
};

// Producers, products, certificates and ratings through the repositories,
// so the file holds what the program itself would have written.
Built registerProducts(Database& db, const BenchOptions& o, std::mt19937& rng) {
    const QList<BenchGroup> groups = setUpDistrict(db, std::max(1, o.otopProducts / kProductsPerProducer),
                                                   QDate(2020, 1, 1));
    ChampionRepository champions(db);
    QList<ChampionRound> rounds;
    for (int year = 2024; year <= 2026; ++year) rounds.append(champions.ensureRound(year));
    Built built;
    std::uniform_int_distribution<int> part1(12, 25), part2(30, 55), part3(10, 20);
    for (int g = 0; built.products.size() < o.otopProducts; ++g) {
        const BenchGroup& group = groups.at(g % groups.size());
        OtopProducer producer;
        producer.name = QStringLiteral("กลุ่มผู้ผลิต %1").arg(g + 1);
        producer.organisationId = group.organisationId;
        producer.villageCode = group.villageCode;
        ProducerRepository(db).save(producer, kToday);
        for (int p = 0; p < kProductsPerProducer && built.products.size() < o.otopProducts; ++p) {
            OtopProduct product;
            product.producerId = producer.id;
            product.name = QStringLiteral("ผลิตภัณฑ์ %1-%2").arg(g + 1).arg(p + 1);
            product.category = allOtopCategories().at(p % 5);
            product.unit = QStringLiteral("ชิ้น");
            product.price = Money::fromBaht(50 + 10 * p);
            ProductRepository(db).save(product);
            ProductCertificate certificate;
            certificate.productId = product.id;
            certificate.number = QStringLiteral("CERT-%1").arg(built.products.size() + 1);
            certificate.issuedOn = QDate(2023, 1, 1).addDays(built.products.size() % 700);
            certificate.expiresOn = certificate.issuedOn.addYears(3);
            CertificateRepository(db).save(certificate, kToday);
            for (const ChampionRound& round : rounds) {
                ProductRating rating;
                rating.productId = product.id;
                rating.roundId = round.id;
                rating.parts[0] = part1(rng);
                rating.parts[1] = part2(rng);
                rating.parts[2] = part3(rng);
                champions.saveRating(rating, kToday);
            }
            SalesTarget target{{}, product.id, 2026, Money::fromBaht(120000), 0};
            SalesRepository(db).saveTarget(target);
            built.products.append(product.id);
        }
    }
    return built;
}

// Five years of months in four channels, written with prepared statements.
int writeSales(Database& db, const QStringList& products, std::mt19937& rng) {
    const QList<SalesChannel> channels = SalesRepository(db).channels();
    Statement insert(sqliteHandle(db.connection()),
                     "INSERT INTO otop_sales (id, product_id, sales_month, channel_id, quantity, "
                     "amount, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    std::uniform_int_distribution<int> quantity(5, 400);
    const QString now = nowUtc();
    int rows = 0;
    for (const QString& product : products)
        for (int year = 2026 - kSalesYears + 1; year <= 2026; ++year)
            for (int month = 1; month <= (year == 2026 ? 10 : 12); ++month)
                for (int c = 0; c < 4; ++c) {
                    const int q = quantity(rng);
                    insert.bind(1, newUuid()).bind(2, product)
                        .bind(3, QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0')))
                        .bind(4, channels.at((c * 2) % channels.size()).id).bind(5, q)
                        .bind(6, qint64(q) * 6000).bind(7, now).bind(8, now).run();
                    ++rows;
                }
    return rows;
}

void timeReport(Database& db, const char* name, ReportRequest request, int runs) {
    const std::optional<ReportInfo> info = findReport(QString::fromLatin1(name));
    if (!info) return;
    request.today = kToday;
    report(QStringLiteral("report %1").arg(QLatin1String(name)),
           medianMs(runs, [&](int) { buildReport(db, *info, request); }), runs);
}
}  // namespace

int runOtopBench(const BenchOptions& o) {
    QTemporaryDir temp;
    const QString path = temp.filePath(QStringLiteral("otop.thanrak"));
    std::unique_ptr<Database> db = Database::create(path);
    installReferenceData(*db);
    std::mt19937 rng(o.seed);
    QElapsedTimer timer;
    timer.start();
    Built built;
    {
        Transaction transaction(db->connection());
        built = registerProducts(*db, o, rng);
        built.sales = writeSales(*db, built.products, rng);
        transaction.commit();
    }
    std::printf("thanrak-bench --otop: %lld products, %d sales rows, generation %.1f s\n",
                static_cast<long long>(built.products.size()), built.sales,
                static_cast<double>(timer.elapsed()) / 1000);
    const int runs = o.runs;
    std::printf("(1) the OTOP page\n");
    report(QStringLiteral("product list"), medianMs(runs, [&](int) { ProductRepository(*db).list(); }), runs);
    report(QStringLiteral("producer list"), medianMs(runs, [&](int) { ProducerRepository(*db).list(); }), runs);
    report(QStringLiteral("one product's year of sales"), medianMs(runs, [&](int) {
               OtopScope scope;
               scope.productId = built.products.front();
               salesGrid(*db, 2026, scope);
           }), runs);
    report(QStringLiteral("certificates expiring in 90 days"), medianMs(runs, [&](int) {
               CertificateRepository(*db).expiring(kToday, 90, true);
           }), runs);
    report(QStringLiteral("district summary (charts)"), medianMs(runs, [&](int) {
               districtOtopSummary(*db, 2026);
           }), runs);
    report(QStringLiteral("district sales grid (charts)"), medianMs(runs, [&](int) {
               salesGrid(*db, 2026);
           }), runs);
    report(QStringLiteral("plan against actual"), medianMs(runs, [&](int) {
               planVersusActual(*db, 2026, 10);
           }), runs);
    std::printf("(2) reports\n");
    ReportRequest one;
    one.productId = built.products.front();
    one.to = kToday;
    timeReport(*db, "product-sheet", one, runs);
    ReportRequest year;
    year.from = QDate(2026, 1, 1);
    year.to = QDate(2026, 12, 31);
    timeReport(*db, "otop-summary", year, runs);
    ReportRequest day;
    day.to = kToday;
    timeReport(*db, "certificate-expiry", day, runs);
    return 0;
}

}  // namespace thanrak::bench
