#include "otop/CertificateRepository.h"
#include "otop/OtopRules.h"
#include "support/CatchQt.h"
#include "support/OtopFixture.h"

#include <catch2/catch.hpp>

using namespace thanrak;
using thanrak::test::OtopFixture;
using thanrak::test::otopToday;

namespace {
ProductCertificate certificate(const QString& productId, ProductStandard standard,
                               const QString& number, const QDate& expires) {
    return {{}, productId, standard, number, QStringLiteral("สำนักงานสาธารณสุขจังหวัด"),
            QDate(2023, 1, 10), expires, {}};
}
}  // namespace

TEST_CASE("a certificate's state on a day", "[otop][certificates]") {
    const QDate today = otopToday();  // 22 Nov 2026; +90 days is 20 Feb 2027
    CHECK(today.addDays(90) == QDate(2027, 2, 20));
    ProductCertificate c = certificate(QStringLiteral("x"), ProductStandard::Tcps, QStringLiteral("1"), {});
    CHECK(certificateState(c, today) == CertificateState::NoExpiry);
    c.expiresOn = QDate(2026, 11, 21);
    CHECK(certificateState(c, today) == CertificateState::Expired);
    c.expiresOn = today;
    CHECK(certificateState(c, today) == CertificateState::Expiring);
    c.expiresOn = QDate(2027, 2, 20);
    CHECK(certificateState(c, today) == CertificateState::Expiring);
    c.expiresOn = QDate(2027, 2, 21);
    CHECK(certificateState(c, today) == CertificateState::Valid);
}

TEST_CASE("the expiry list holds the next 90 days, soonest first", "[otop][certificates]") {
    OtopFixture f;
    CertificateRepository certificates(f.db());
    const OtopProduct tea = f.addProduct(QStringLiteral("ชาใบหม่อน"), OtopCategory::Drink);
    struct Given { QString product; ProductStandard standard; const char* number; QDate expires; };
    const QList<Given> given = {
        {f.product.id, ProductStandard::Fda, "35-2-00156-2-0001", QDate(2027, 2, 20)},  // day 90
        {f.product.id, ProductStandard::Tcps, "มผช.1/2546", QDate(2027, 2, 21)},       // day 91
        {tea.id, ProductStandard::Gmp, "GMP-35-0088", QDate(2026, 12, 1)},            // day 9
        {tea.id, ProductStandard::Halal, "HL-001", QDate(2026, 11, 1)},               // 21 days ago
        {tea.id, ProductStandard::Gi, "สช 59100045", QDate()},                          // never
    };
    for (const Given& g : given) {
        ProductCertificate c = certificate(g.product, g.standard, QString::fromUtf8(g.number), g.expires);
        certificates.save(c, otopToday());
    }

    const QList<CertificateRow> coming = certificates.expiring(otopToday(), 90, false);
    REQUIRE(coming.size() == 2);
    CHECK(coming[0].certificate.number == QStringLiteral("GMP-35-0088"));
    CHECK(coming[0].daysLeft == 9);
    CHECK(coming[0].productName == QStringLiteral("ชาใบหม่อน"));
    CHECK(coming[0].producerName == f.producer.name);
    CHECK(coming[0].subdistrictName == QStringLiteral("ทรายมูล"));
    CHECK(coming[1].daysLeft == 90);

    const QList<CertificateRow> withExpired = certificates.expiring(otopToday(), 90, true);
    REQUIRE(withExpired.size() == 3);
    CHECK(withExpired[0].certificate.standard == ProductStandard::Halal);
    CHECK(withExpired[0].daysLeft == -21);
    CHECK(withExpired[0].state == CertificateState::Expired);
    CHECK(certificates.expiring(otopToday(), 90, true, QStringLiteral("350202")).isEmpty());
}

TEST_CASE("a certificate with a B.E. date or an expiry before issue is refused", "[otop][certificates]") {
    OtopFixture f;
    CertificateRepository certificates(f.db());
    ProductCertificate be = certificate(f.product.id, ProductStandard::Fda, QStringLiteral("1"),
                                        QDate(2570, 1, 31));
    try {
        certificates.save(be, otopToday());
        FAIL("expected a ValidationError");
    } catch (const ValidationError& e) {
        REQUIRE(e.problems().size() == 1);
        CHECK(e.problems()[0].field == QStringLiteral("expires_on"));
        CHECK(e.problems()[0].message.contains(QStringLiteral("2027")));
    }
    ProductCertificate backwards = certificate(f.product.id, ProductStandard::Fda, QStringLiteral("1"),
                                               QDate(2022, 1, 1));
    CHECK_THROWS_AS(certificates.save(backwards, otopToday()), ValidationError);
    CHECK(certificates.ofProduct(f.product.id).isEmpty());
}
