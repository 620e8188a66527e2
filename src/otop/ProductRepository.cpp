#include "otop/ProductRepository.h"

#include "base/Error.h"
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

// The latest rating's stars and mark come from the round with the highest year.
const QString kSelect = QStringLiteral(
    "SELECT pr.id, pr.producer_id, pr.name, pr.brand, pr.category, pr.sub_group, pr.description, "
    "pr.story, pr.unit, pr.price, pr.monthly_capacity, pr.raw_materials, pr.packaging, "
    "p.name, p.village_code, v.subdistrict_code, s.name_th, r.stars, r.year, r.mark_tier, "
    "(SELECT COUNT(*) FROM otop_product_photos ph WHERE ph.product_id = pr.id) "
    "FROM otop_products pr JOIN otop_producers p ON p.id = pr.producer_id "
    "JOIN villages v ON v.code = p.village_code JOIN subdistricts s ON s.code = v.subdistrict_code "
    "LEFT JOIN (SELECT ra.product_id, ra.stars, ro.year, ra.mark_tier, "
    "  ROW_NUMBER() OVER (PARTITION BY ra.product_id ORDER BY ro.year DESC) AS n "
    "  FROM otop_ratings ra JOIN otop_rounds ro ON ro.id = ra.round_id) r "
    "  ON r.product_id = pr.id AND r.n = 1 ");

ProductRow readRow(const QSqlQuery& q) {
    ProductRow row;
    OtopProduct& p = row.product;
    p.id = rows::text(q, 0);
    p.producerId = rows::text(q, 1);
    p.name = rows::text(q, 2);
    p.brand = rows::text(q, 3);
    p.category = otopCategoryFromKey(rows::text(q, 4)).value_or(OtopCategory::Food);
    p.subGroup = rows::text(q, 5);
    p.description = rows::text(q, 6);
    p.story = rows::text(q, 7);
    p.unit = rows::text(q, 8);
    p.price = Money::fromSatang(q.value(9).toLongLong());
    p.monthlyCapacity = q.value(10).toInt();
    p.rawMaterials = rows::text(q, 11);
    p.packaging = rows::text(q, 12);
    row.producerName = rows::text(q, 13);
    row.villageCode = rows::text(q, 14);
    row.subdistrictCode = rows::text(q, 15);
    row.subdistrictName = rows::text(q, 16);
    row.stars = q.value(17).toInt();
    row.starsYear = q.value(18).toInt();
    row.markTier = markTierFromKey(rows::text(q, 19));
    row.photos = q.value(20).toInt();
    return row;
}

int countOf(QSqlDatabase& db, const char* table, const QString& productId) {
    return sql::scalar(db,
                       QStringLiteral("SELECT COUNT(*) FROM %1 WHERE product_id = ?")
                           .arg(QLatin1String(table)),
                       {productId})
        .toInt();
}
}  // namespace

bool isPhotoImage(const QByteArray& bytes) {
    return bytes.startsWith("\xFF\xD8\xFF") || bytes.startsWith("\x89PNG\r\n\x1A\n");
}

QList<ProductRow> ProductRepository::list(const ProductFilter& filter) {
    QString where = QStringLiteral("WHERE 1 = 1");
    QVariantList bindings;
    if (!filter.subdistrictCode.isEmpty()) {
        where += QStringLiteral(" AND v.subdistrict_code = ?");
        bindings << filter.subdistrictCode;
    }
    if (!filter.producerId.isEmpty()) {
        where += QStringLiteral(" AND pr.producer_id = ?");
        bindings << filter.producerId;
    }
    if (filter.category) {
        where += QStringLiteral(" AND pr.category = ?");
        bindings << otopCategoryKey(*filter.category);
    }
    if (!sql::trimmedText(filter.text).isEmpty()) {
        where += QStringLiteral(" AND (pr.name LIKE ? OR pr.brand LIKE ?)");
        const QString like = QLatin1Char('%') + sql::trimmedText(filter.text) + QLatin1Char('%');
        bindings << like << like;
    }
    QSqlQuery q = sql::runList(
        db_.connection(),
        kSelect + where +
            QStringLiteral(" ORDER BY s.name_th COLLATE THAI, p.name COLLATE THAI, "
                           "pr.name COLLATE THAI"),
        bindings);
    QList<ProductRow> result;
    while (q.next()) result.append(readRow(q));
    return result;
}

std::optional<ProductRow> ProductRepository::find(const QString& id) {
    QSqlQuery q = sql::run(db_.connection(), kSelect + QStringLiteral("WHERE pr.id = ?"), {id});
    return q.next() ? std::optional(readRow(q)) : std::nullopt;
}

FieldProblems ProductRepository::check(const OtopProduct& p) {
    FieldProblems problems = validateProduct(p);
    QSqlDatabase& db = db_.connection();
    if (!p.producerId.isEmpty() &&
        !sql::scalar(db, QStringLiteral("SELECT 1 FROM otop_producers WHERE id = ?"), {p.producerId})
             .isValid())
        problems.append({QStringLiteral("producer_id"), Text::tr("ไม่พบผู้ผลิตที่เลือก")});
    if (sql::scalar(db,
                    QStringLiteral("SELECT 1 FROM otop_products WHERE producer_id = ? AND name = ? "
                                   "AND id <> ?"),
                    {p.producerId, sql::trimmedText(p.name), sql::trimmedText(p.id)})
            .isValid())
        problems.append({QStringLiteral("name"),
                         Text::tr("ผู้ผลิตนี้มีผลิตภัณฑ์ชื่อ %1 อยู่แล้ว").arg(sql::trimmedText(p.name))});
    return problems;
}

void ProductRepository::save(OtopProduct& p) {
    QSqlDatabase& db = db_.connection();
    Transaction transaction(db);
    throwIfAny(check(p));
    const bool isNew = p.id.isEmpty();
    if (isNew) p.id = newUuid();
    const QString now = nowUtc();
    const QVariantList values = {p.producerId,        sql::trimmedText(p.name),
                                 sql::trimmedText(p.brand),   otopCategoryKey(p.category),
                                 sql::trimmedText(p.subGroup), sql::trimmedText(p.description),
                                 sql::trimmedText(p.story),   sql::trimmedText(p.unit),
                                 p.price.satang(),    p.monthlyCapacity,
                                 sql::trimmedText(p.rawMaterials), sql::trimmedText(p.packaging),
                                 now,                 p.id};
    const QString doing = Text::tr("การบันทึกผลิตภัณฑ์");
    if (isNew)
        sql::runList(db,
                     QStringLiteral("INSERT INTO otop_products (producer_id, name, brand, category, "
                                    "sub_group, description, story, unit, price, monthly_capacity, "
                                    "raw_materials, packaging, updated_at, id, created_at) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     values + QVariantList{now}, doing);
    else
        sql::runList(db,
                     QStringLiteral("UPDATE otop_products SET producer_id = ?, name = ?, brand = ?, "
                                    "category = ?, sub_group = ?, description = ?, story = ?, "
                                    "unit = ?, price = ?, monthly_capacity = ?, raw_materials = ?, "
                                    "packaging = ?, updated_at = ? WHERE id = ?"),
                     values, doing);
    transaction.commit();
}

void ProductRepository::remove(const QString& id) {
    QSqlDatabase& db = db_.connection();
    Transaction transaction(db);
    const int history = countOf(db, "otop_sales", id) + countOf(db, "otop_targets", id) +
                        countOf(db, "otop_ratings", id);
    if (history > 0)
        throw Error(QStringLiteral("otop.in_use"),
                    Text::tr("ผลิตภัณฑ์นี้มียอดขาย เป้าหมาย หรือผลการคัดสรรบันทึกไว้แล้ว %1 รายการ "
                             "จึงลบไม่ได้ เพื่อให้รายงานย้อนหลังยังครบ")
                        .arg(history));
    const QString doing = Text::tr("การลบผลิตภัณฑ์");
    sql::run(db, QStringLiteral("DELETE FROM otop_product_photos WHERE product_id = ?"), {id}, doing);
    sql::run(db, QStringLiteral("DELETE FROM otop_certificates WHERE product_id = ?"), {id}, doing);
    sql::run(db, QStringLiteral("DELETE FROM otop_products WHERE id = ?"), {id}, doing);
    transaction.commit();
}

QList<ProductPhoto> ProductRepository::photos(const QString& productId) {
    QSqlQuery q = sql::run(db_.connection(),
                           QStringLiteral("SELECT id, product_id, position, caption, image FROM "
                                          "otop_product_photos WHERE product_id = ? ORDER BY position"),
                           {productId});
    QList<ProductPhoto> result;
    while (q.next())
        result.append({rows::text(q, 0), rows::text(q, 1), q.value(2).toInt(), rows::text(q, 3),
                       q.value(4).toByteArray()});
    return result;
}

ProductPhoto ProductRepository::addPhoto(const QString& productId, const QByteArray& image,
                                         const QString& caption) {
    if (!isPhotoImage(image))
        throw Error(QStringLiteral("otop.photo"), Text::tr("ไฟล์นี้ไม่ใช่รูปภาพ JPEG หรือ PNG"));
    if (image.size() > kMaxPhotoBytes)
        throw Error(QStringLiteral("otop.photo"),
                    Text::tr("รูปภาพมีขนาด %1 MB ใหญ่เกิน 5 MB กรุณาย่อรูปก่อน")
                        .arg(QString::number(double(image.size()) / (1024 * 1024), 'f', 1)));
    QSqlDatabase& db = db_.connection();
    Transaction transaction(db);
    ProductPhoto photo;
    photo.id = newUuid();
    photo.productId = productId;
    photo.position = sql::scalar(db,
                                 QStringLiteral("SELECT COALESCE(MAX(position), 0) + 1 FROM "
                                                "otop_product_photos WHERE product_id = ?"),
                                 {productId})
                         .toInt();
    photo.caption = sql::trimmedText(caption);
    photo.image = image;
    const QString now = nowUtc();
    sql::run(db,
             QStringLiteral("INSERT INTO otop_product_photos (id, product_id, position, caption, "
                            "image, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
             {photo.id, productId, photo.position, photo.caption, image, now, now},
             Text::tr("การบันทึกรูปผลิตภัณฑ์"));
    transaction.commit();
    return photo;
}

void ProductRepository::removePhoto(const QString& photoId) {
    sql::run(db_.connection(), QStringLiteral("DELETE FROM otop_product_photos WHERE id = ?"),
             {photoId}, Text::tr("การลบรูปผลิตภัณฑ์"));
}

}  // namespace thanrak
