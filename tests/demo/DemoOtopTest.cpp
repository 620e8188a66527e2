#include "support/CatchQt.h"

#include "demo/DemoDistrict.h"
#include "cbmc/CbmcTypes.h"
#include "domain/ReferenceData.h"
#include "otop/CertificateRepository.h"
#include "otop/ChampionRepository.h"
#include "otop/OtopRules.h"
#include "otop/ProductRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "support/TempDir.h"

#include <QHash>

using namespace thanrak;

namespace {
int count(QSqlDatabase& c, const char* statement) {
    return sql::scalar(c, QString::fromUtf8(statement)).toInt();
}

qint64 amount(QSqlDatabase& c, const char* statement) {
    return sql::scalar(c, QString::fromUtf8(statement)).toLongLong();
}
}  // namespace

TEST_CASE("the demo district's OTOP register: producers, products, certificates, stars, sales") {
    test::TempDir dir;
    auto db = Database::create(dir.path(QStringLiteral("demo.thanrak")));
    installReferenceData(*db);
    DemoOptions options;
    options.booksFrom = QDate(2026, 11, 1);  // OTOP does not depend on the books
    const DemoSummary s = createDemoDistrict(*db, options);
    QSqlDatabase& c = db->connection();

    // Two or three producers in each of the nine tambons, of all three types.
    CHECK(s.otopProducers == 22);
    CHECK(count(c, "SELECT count(DISTINCT substr(village_code, 1, 6)) FROM otop_producers") == 9);
    CHECK(count(c, "SELECT count(DISTINCT producer_type) FROM otop_producers") == 3);
    CHECK(count(c,
                "SELECT count(*) FROM otop_producers WHERE producer_type = 'community_group' AND "
                "organisation_id IS NULL") == 0);
    CHECK(count(c,
                "SELECT count(*) FROM otop_producers WHERE producer_type = 'single_owner' AND "
                "person_id IS NULL") == 0);
    // Some thirty products over all five categories, every one with a small photo.
    CHECK(s.otopProducts == 30);
    CHECK(count(c, "SELECT count(*) FROM otop_products") == s.otopProducts);
    CHECK(count(c, "SELECT count(DISTINCT category) FROM otop_products") == 5);
    CHECK(count(c,
                "SELECT count(*) FROM otop_products WHERE id NOT IN "
                "(SELECT product_id FROM otop_product_photos)") == 0);
    for (const ProductRow& row : ProductRepository(*db).list()) {
        const QList<ProductPhoto> photos = ProductRepository(*db).photos(row.product.id);
        REQUIRE(photos.size() == 1);
        CHECK(isPhotoImage(photos.front().image));
        CHECK(photos.front().image.size() < 20 * 1024);
    }

    // Certificates: several run out within 90 days of the demo's today, a
    // few have run out, some never do.
    CertificateRepository certificates(*db);
    const QList<CertificateRow> soon =
        certificates.expiring(options.today, kCertificateWarningDays, false);
    CHECK(soon.size() >= 3);
    int expired = 0;
    for (const CertificateRow& row :
         certificates.expiring(options.today, kCertificateWarningDays, true))
        expired += row.daysLeft < 0 ? 1 : 0;
    CHECK(expired >= 2);
    CHECK(count(c, "SELECT count(*) FROM otop_certificates WHERE expires_on IS NULL") > 0);
    CHECK(count(c, "SELECT count(*) FROM otop_certificates") == s.otopCertificates);

    // Three rounds; every rating's stars follow its round's thresholds; most
    // products have three or four stars, a few five.
    ChampionRepository champion(*db);
    const QList<ChampionRound> rounds = champion.rounds();
    REQUIRE(rounds.size() == 3);
    CHECK(rounds.front().year == 2026);
    CHECK(rounds.back().year == 2024);
    QHash<QString, ChampionRound> byId;
    for (const ChampionRound& round : rounds) byId.insert(round.id, round);
    QSqlQuery ratings = sql::run(
        c, QStringLiteral("SELECT round_id, part1 + part2 + part3, stars FROM otop_ratings"));
    int rated = 0;
    int byStars[6] = {0, 0, 0, 0, 0, 0};
    while (ratings.next()) {
        const int stars = ratings.value(2).toInt();
        REQUIRE(stars ==
                starsFor(byId.value(ratings.value(0).toString()), ratings.value(1).toInt()));
        ++byStars[stars];
        ++rated;
    }
    CHECK(rated == s.otopRatings);
    CHECK(rated == 3 * s.otopProducts);
    CHECK(byStars[3] + byStars[4] > rated * 6 / 10);
    CHECK(byStars[5] > 0);
    CHECK(byStars[5] < rated / 5);

    // Sales for 24 months up to November 2026; the fairs make December the
    // best month, and online shops sell more in the second year than the first.
    CHECK(count(c, "SELECT count(*) FROM otop_sales") == s.otopSales);
    CHECK(count(c, "SELECT count(DISTINCT sales_month) FROM otop_sales") == 24);
    CHECK(count(c,
                "SELECT min(sales_month) = '2024-12' AND max(sales_month) = '2026-11' FROM "
                "otop_sales") == 1);
    CHECK(amount(c, "SELECT sum(amount) FROM otop_sales WHERE sales_month = '2025-12'") >
          amount(c, "SELECT sum(amount) FROM otop_sales WHERE sales_month = '2025-06'") * 3 / 2);
    const char* online =
        "SELECT sum(s.amount) FROM otop_sales s JOIN otop_channels c ON c.id = s.channel_id "
        "WHERE c.online = 1 AND s.sales_month BETWEEN ";
    CHECK(amount(c, (QByteArray(online) + "'2025-11' AND '2026-10'").constData()) >
          amount(c, (QByteArray(online) + "'2024-11' AND '2025-10'").constData()) * 3 / 2);
    // A target for 2025 and 2026 for every product.
    CHECK(count(c, "SELECT count(*) FROM otop_targets WHERE year IN (2025, 2026)") ==
          2 * s.otopProducts);

    // A business plan in each tambon, for the savings group of its first OTOP
    // community group, covering that group's products.
    CHECK(s.businessPlans == 9);
    CHECK(count(c, "SELECT count(*) FROM business_plans") == s.businessPlans);
    CHECK(count(c,
                "SELECT count(DISTINCT substr(o.village_code, 1, 6)) FROM business_plans p JOIN "
                "organisations o ON o.id = p.organisation_id WHERE o.kind = 'savings_group'") == 9);
    CHECK(count(c,
                "SELECT count(*) FROM business_plan_products bp JOIN otop_products op ON op.id = "
                "bp.product_id JOIN otop_producers pr ON pr.id = op.producer_id JOIN business_plans p "
                "ON p.id = bp.plan_id WHERE pr.organisation_id <> p.organisation_id") == 0);
    CHECK(count(c, "SELECT count(*) FROM business_plans p WHERE NOT EXISTS (SELECT 1 FROM "
                   "business_plan_products bp WHERE bp.plan_id = p.id)") == 0);
    // Two versions for some, the second based on the first.
    CHECK(s.planVersions == count(c, "SELECT count(*) FROM business_plan_versions"));
    CHECK(s.planVersions > s.businessPlans);
    CHECK(s.planVersions < 2 * s.businessPlans);
    CHECK(count(c, "SELECT count(*) FROM business_plan_versions WHERE version_no = 2 AND based_on_id "
                   "IS NULL") == 0);
    // Three to six cards in every block of every version, numbered 1..n.
    CHECK(s.planCards == count(c, "SELECT count(*) FROM business_plan_items"));
    CHECK(count(c,
                "SELECT count(*) FROM (SELECT version_id, block, count(*) n, min(position) lo, "
                "max(position) hi FROM business_plan_items GROUP BY version_id, block) WHERE n NOT "
                "BETWEEN 3 AND 6 OR lo <> 1 OR hi <> n") == 0);
    CHECK(count(c, "SELECT count(*) FROM (SELECT DISTINCT version_id, block FROM business_plan_items)") ==
          9 * s.planVersions);
    // Amounts on every revenue and cost card; costs below revenue.
    CHECK(count(c, "SELECT count(*) FROM business_plan_items WHERE block IN (5, 9) AND amount IS NULL") ==
          0);
    CHECK(count(c,
                "SELECT count(*) FROM business_plan_versions v WHERE (SELECT sum(amount) FROM "
                "business_plan_items WHERE version_id = v.id AND block = 9) >= (SELECT sum(amount) FROM "
                "business_plan_items WHERE version_id = v.id AND block = 5)") == 0);
    // Every link one the method draws, within one version.
    CHECK(s.planLinks == count(c, "SELECT count(*) FROM business_plan_links"));
    CHECK(s.planLinks >= 15 * s.planVersions);
    QSqlQuery links = sql::run(c, QStringLiteral("SELECT f.block, t.block, f.version_id = t.version_id FROM "
                                                 "business_plan_links l JOIN business_plan_items f ON f.id = "
                                                 "l.from_item_id JOIN business_plan_items t ON t.id = "
                                                 "l.to_item_id"));
    int allowed = 0;
    while (links.next()) {
        const auto from = canvasBlockFromNumber(links.value(0).toInt());
        const auto to = canvasBlockFromNumber(links.value(1).toInt());
        if (from && to && linkAllowed(*from, *to) && links.value(2).toBool())
            ++allowed;
    }
    CHECK(allowed == s.planLinks);
    // KSNB items of all four kinds and several statuses; a named person for some.
    CHECK(s.planKsnb == count(c, "SELECT count(*) FROM business_plan_ksnb"));
    CHECK(count(c, "SELECT count(DISTINCT kind) FROM business_plan_ksnb") == 4);
    CHECK(count(c, "SELECT count(DISTINCT status) FROM business_plan_ksnb") >= 3);
    CHECK(count(c, "SELECT count(*) FROM business_plan_ksnb WHERE person_id IS NOT NULL") > 0);
    // The steps at different stages: finished ones dated, none in the future.
    CHECK(count(c, "SELECT count(*) FROM business_plan_steps") == 4 * s.businessPlans);
    CHECK(count(c, "SELECT count(DISTINCT status) FROM business_plan_steps") == 3);
    CHECK(count(c, "SELECT count(*) FROM business_plan_steps WHERE status = 'done' AND (started_on IS NULL "
                   "OR finished_on IS NULL OR finished_on > '2026-11-22')") == 0);
    CHECK(count(c, "SELECT count(*) FROM business_plans p WHERE (SELECT status FROM business_plan_steps "
                   "WHERE plan_id = p.id AND step = 4) = 'done'") >= 1);
    // The minutes of the design meeting for some, as UTF-8 text.
    CHECK(s.planAttachments == count(c, "SELECT count(*) FROM business_plan_attachments"));
    CHECK(s.planAttachments > 0);
    CHECK(count(c, "SELECT count(*) FROM business_plan_attachments WHERE step <> 1 OR file_name NOT LIKE "
                   "'%.txt'") == 0);
    CHECK(QString::fromUtf8(sql::scalar(c, QStringLiteral("SELECT data FROM business_plan_attachments LIMIT 1"))
                                .toByteArray())
              .startsWith(QStringLiteral("บันทึกการประชุม")));
    CHECK(db->check().ok);
}
