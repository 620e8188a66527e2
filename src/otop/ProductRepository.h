#pragma once

#include "domain/Validation.h"
#include "otop/OtopRecords.h"

#include <QList>

#include <optional>

namespace thanrak {

class Database;

struct ProductFilter {
    QString subdistrictCode;
    QString producerId;
    std::optional<OtopCategory> category;
    QString text;  // part of the name or brand
};

// A product as lists show it, with its producer, place and latest rating.
struct ProductRow {
    OtopProduct product;
    QString producerName;
    QString villageCode;
    QString subdistrictCode;
    QString subdistrictName;
    int stars = 0;       // of the latest round it was rated in; 0: never rated
    int starsYear = 0;
    std::optional<MarkTier> markTier;
    int photos = 0;
};

class ProductRepository {
public:
    explicit ProductRepository(Database& database) : db_(database) {}

    QList<ProductRow> list(const ProductFilter& filter = {});
    std::optional<ProductRow> find(const QString& id);

    FieldProblems check(const OtopProduct& product);
    void save(OtopProduct& product);
    // Removes a product with its photos and certificates. A product with
    // sales, targets or ratings is history the district reports on, so it is
    // refused (Error "otop.in_use").
    void remove(const QString& id);

    // Photos, in their order.
    QList<ProductPhoto> photos(const QString& productId);
    // Adds a photo at the end; refuses bytes that are not a JPEG or PNG, or
    // over 5 MB (Error "otop.photo").
    ProductPhoto addPhoto(const QString& productId, const QByteArray& image, const QString& caption);
    void removePhoto(const QString& photoId);

private:
    Database& db_;
};

// The first bytes say whether it is a JPEG or PNG.
bool isPhotoImage(const QByteArray& bytes);
constexpr qsizetype kMaxPhotoBytes = 5 * 1024 * 1024;

}  // namespace thanrak
