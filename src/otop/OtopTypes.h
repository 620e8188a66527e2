#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace thanrak {

// The three kinds of producer a district office registers (DOMAIN.md §4).
enum class ProducerType {
    CommunityGroup,  // กลุ่มผู้ผลิตชุมชน
    SingleOwner,     // ผู้ผลิตชุมชนที่เป็นเจ้าของรายเดียว
    Sme,             // ผู้ผลิตที่เป็น SMEs
};

// The five product categories of the Community Development Department.
enum class OtopCategory {
    Food,       // อาหาร
    Drink,      // เครื่องดื่ม
    Textile,    // ผ้าและเครื่องแต่งกาย
    Household,  // ของใช้ ของตกแต่ง ของที่ระลึก
    Herbal,     // สมุนไพรที่ไม่ใช่อาหาร
};

// Standards and certificates a product may hold.
enum class ProductStandard { Fda, Tcps, Tis, Gmp, Gap, Haccp, QMark, Organic, Halal, Gi };

// The OTOP mark given beside the stars.
enum class MarkTier {
    Premium,   // ทอง
    Classic,   // เงิน
    Standard,  // แดง
};

QList<ProducerType> allProducerTypes();
QString producerTypeKey(ProducerType type);  // "community_group", as stored
std::optional<ProducerType> producerTypeFromKey(const QString& key);
QString producerTypeLabel(ProducerType type);

QList<OtopCategory> allOtopCategories();
QString otopCategoryKey(OtopCategory category);  // "food"
std::optional<OtopCategory> otopCategoryFromKey(const QString& key);
QString otopCategoryLabel(OtopCategory category);
// One word for a chart's axis: "อาหาร", "ผ้า", "สมุนไพร".
QString otopCategoryShortLabel(OtopCategory category);

QList<ProductStandard> allProductStandards();
QString productStandardKey(ProductStandard standard);  // "fda"
std::optional<ProductStandard> productStandardFromKey(const QString& key);
QString productStandardLabel(ProductStandard standard);  // "อย.", "มผช."

QList<MarkTier> allMarkTiers();
QString markTierKey(MarkTier tier);  // "premium"
std::optional<MarkTier> markTierFromKey(const QString& key);
QString markTierLabel(MarkTier tier);  // "Premium (ทอง)"

// "★★★☆☆" for three stars of five.
QString starText(int stars);

}  // namespace thanrak
