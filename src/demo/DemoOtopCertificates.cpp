#include "demo/DemoOtopCertificates.h"

#include "demo/DemoSavingsSetup.h"
#include "otop/CertificateRepository.h"

#include <QStringList>

namespace thanrak::demo {

namespace {
struct StandardStory {
    int validYears = 0;  // 0: does not expire
    const char* issuer = "";
};

StandardStory storyOf(ProductStandard standard, OtopCategory category) {
    switch (standard) {
        case ProductStandard::Fda:
            // A food serial number stands; a cosmetic notification is renewed.
            return {category == OtopCategory::Herbal ? 3 : 0, "สำนักงานสาธารณสุขจังหวัดยโสธร"};
        case ProductStandard::Tcps:
            return {3, "สำนักงานมาตรฐานผลิตภัณฑ์อุตสาหกรรม"};
        case ProductStandard::Gmp:
            return {3, "สำนักงานคณะกรรมการอาหารและยา"};
        case ProductStandard::Halal:
            return {1, "คณะกรรมการกลางอิสลามแห่งประเทศไทย"};
        case ProductStandard::Organic:
            return {3, "กรมวิชาการเกษตร"};
        case ProductStandard::Gi:
            return {0, "กรมทรัพย์สินทางปัญญา"};
        default:
            return {3, ""};
    }
}

QString numberOf(std::mt19937& rng, ProductStandard standard, OtopCategory category,
                 const QDate& issued) {
    const int beYear = issued.year() + 543;
    switch (standard) {
        case ProductStandard::Fda:
            if (category == OtopCategory::Herbal)
                return QStringLiteral("35-1-%1%2")
                    .arg(draw(rng, 10000, 99999))
                    .arg(draw(rng, 10000, 99999));
            return QStringLiteral("35-2-%1-2-%2")
                .arg(draw(rng, 10001, 99999))
                .arg(draw(rng, 1, 9999), 4, 10, QLatin1Char('0'));
        case ProductStandard::Tcps:
            return QStringLiteral("มผช.%1/%2")
                .arg(draw(rng, 100, 9999), 4, 10, QLatin1Char('0'))
                .arg(beYear);
        case ProductStandard::Gmp:
            return QStringLiteral("GMP-35-%1/%2").arg(draw(rng, 100, 999)).arg(beYear);
        case ProductStandard::Halal:
            return QStringLiteral("ฮ.%1/%2").arg(draw(rng, 1000, 9999)).arg(beYear);
        case ProductStandard::Organic:
            return QStringLiteral("กษ.OT-35-%1").arg(draw(rng, 10000, 99999));
        case ProductStandard::Gi:
            return QStringLiteral("สช 49100002");  // ข้าวหอมมะลิทุ่งกุลาร้องไห้
        default:
            return QStringLiteral("%1").arg(draw(rng, 10000, 99999));
    }
}
}  // namespace

QDate CertificatePlanner::expiryOf(std::mt19937& rng, int validYears) {
    const int n = expiring_++;
    if (n % 9 == 4)
        return today_.addDays(-draw(rng, 20, 300));
    if (n % 6 == 2)
        return today_.addDays(draw(rng, 5, 85));
    return today_.addDays(draw(rng, 100, validYears * 365 - 30));
}

int CertificatePlanner::certify(Database& database, std::mt19937& rng, const OtopProduct& product,
                                const QString& standards) {
    CertificateRepository repository(database);
    int kept = 0;
    for (const QString& key : standards.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const std::optional<ProductStandard> standard = productStandardFromKey(key);
        if (!standard)
            continue;
        const StandardStory story = storyOf(*standard, product.category);
        ProductCertificate certificate;
        certificate.productId = product.id;
        certificate.standard = *standard;
        certificate.issuer = QString::fromUtf8(story.issuer);
        if (story.validYears > 0) {
            certificate.expiresOn = expiryOf(rng, story.validYears);
            certificate.issuedOn = certificate.expiresOn.addYears(-story.validYears).addDays(1);
        } else {
            certificate.issuedOn = today_.addDays(-draw(rng, 400, 4000));
        }
        certificate.number = numberOf(rng, *standard, product.category, certificate.issuedOn);
        repository.save(certificate, today_);
        ++kept;
    }
    return kept;
}

}  // namespace thanrak::demo
