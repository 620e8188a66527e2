#include "otop/CertificateRepository.h"

#include "base/Ids.h"
#include "domain/RowMapping.h"
#include "otop/OtopRules.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Otop)
};

const QString kColumns = QStringLiteral(
    "c.id, c.product_id, c.standard, c.number, c.issuer, c.issued_on, c.expires_on, c.notes");

ProductCertificate readCertificate(const QSqlQuery& q) {
    ProductCertificate c;
    c.id = rows::text(q, 0);
    c.productId = rows::text(q, 1);
    c.standard = productStandardFromKey(rows::text(q, 2)).value_or(ProductStandard::Fda);
    c.number = rows::text(q, 3);
    c.issuer = rows::text(q, 4);
    c.issuedOn = rows::date(q, 5);
    c.expiresOn = rows::date(q, 6);
    c.notes = rows::text(q, 7);
    return c;
}
}  // namespace

QList<ProductCertificate> CertificateRepository::ofProduct(const QString& productId) {
    QSqlQuery q = sql::run(db_.connection(),
                           QStringLiteral("SELECT %1 FROM otop_certificates c WHERE c.product_id = ? "
                                          "ORDER BY c.expires_on IS NULL, c.expires_on, c.standard")
                               .arg(kColumns),
                           {productId});
    QList<ProductCertificate> result;
    while (q.next()) result.append(readCertificate(q));
    return result;
}

void CertificateRepository::save(ProductCertificate& c, const QDate& today) {
    QSqlDatabase& db = db_.connection();
    Transaction transaction(db);
    FieldProblems problems = validateCertificate(c, today);
    if (!c.productId.isEmpty() &&
        !sql::scalar(db, QStringLiteral("SELECT 1 FROM otop_products WHERE id = ?"), {c.productId})
             .isValid())
        problems.append({QStringLiteral("product_id"), Text::tr("ไม่พบผลิตภัณฑ์ที่เลือก")});
    throwIfAny(problems);
    const bool isNew = c.id.isEmpty();
    if (isNew) c.id = newUuid();
    const QString now = nowUtc();
    const QVariantList values = {c.productId,          productStandardKey(c.standard),
                                 sql::trimmedText(c.number),   sql::trimmedText(c.issuer),
                                 rows::dateValue(c.issuedOn), rows::dateValue(c.expiresOn),
                                 sql::trimmedText(c.notes),    now,
                                 c.id};
    const QString doing = Text::tr("การบันทึกใบรับรองมาตรฐาน");
    if (isNew)
        sql::runList(db,
                     QStringLiteral("INSERT INTO otop_certificates (product_id, standard, number, "
                                    "issuer, issued_on, expires_on, notes, updated_at, id, "
                                    "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     values + QVariantList{now}, doing);
    else
        sql::runList(db,
                     QStringLiteral("UPDATE otop_certificates SET product_id = ?, standard = ?, "
                                    "number = ?, issuer = ?, issued_on = ?, expires_on = ?, "
                                    "notes = ?, updated_at = ? WHERE id = ?"),
                     values, doing);
    transaction.commit();
}

void CertificateRepository::remove(const QString& id) {
    sql::run(db_.connection(), QStringLiteral("DELETE FROM otop_certificates WHERE id = ?"), {id},
             Text::tr("การลบใบรับรองมาตรฐาน"));
}

QList<CertificateRow> CertificateRepository::expiring(const QDate& day, int days,
                                                      bool includeExpired,
                                                      const QString& subdistrictCode) {
    QString statement =
        QStringLiteral("SELECT %1, pr.name, p.name, p.phone, s.name_th, "
                       "v.name_th || ' หมู่ที่ ' || v.moo FROM otop_certificates c "
                       "JOIN otop_products pr ON pr.id = c.product_id "
                       "JOIN otop_producers p ON p.id = pr.producer_id "
                       "JOIN villages v ON v.code = p.village_code "
                       "JOIN subdistricts s ON s.code = v.subdistrict_code "
                       "WHERE c.expires_on IS NOT NULL AND c.expires_on <= ?")
            .arg(kColumns);
    QVariantList bindings = {day.addDays(days).toString(Qt::ISODate)};
    if (!includeExpired) {
        statement += QStringLiteral(" AND c.expires_on >= ?");
        bindings << day.toString(Qt::ISODate);
    }
    if (!subdistrictCode.isEmpty()) {
        statement += QStringLiteral(" AND v.subdistrict_code = ?");
        bindings << subdistrictCode;
    }
    statement += QStringLiteral(" ORDER BY c.expires_on, pr.name COLLATE THAI, c.standard");
    QSqlQuery q = sql::runList(db_.connection(), statement, bindings);
    QList<CertificateRow> result;
    while (q.next()) {
        CertificateRow row;
        row.certificate = readCertificate(q);
        row.productName = rows::text(q, 8);
        row.producerName = rows::text(q, 9);
        row.producerPhone = rows::text(q, 10);
        row.subdistrictName = rows::text(q, 11);
        row.villageLabel = rows::text(q, 12);
        row.daysLeft = day.daysTo(row.certificate.expiresOn);
        row.state = certificateState(row.certificate, day, days);
        result.append(row);
    }
    return result;
}

}  // namespace thanrak
