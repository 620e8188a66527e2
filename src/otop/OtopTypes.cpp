#include "otop/OtopTypes.h"

#include "base/EnumKeys.h"

#include <QCoreApplication>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Otop)
};

constexpr EnumKeys<ProducerType, 3> kTypes({{{ProducerType::CommunityGroup, "community_group"},
                                             {ProducerType::SingleOwner, "single_owner"},
                                             {ProducerType::Sme, "sme"}}});

constexpr EnumKeys<OtopCategory, 5> kCategories({{{OtopCategory::Food, "food"},
                                                  {OtopCategory::Drink, "drink"},
                                                  {OtopCategory::Textile, "textile"},
                                                  {OtopCategory::Household, "household"},
                                                  {OtopCategory::Herbal, "herbal"}}});

constexpr EnumKeys<ProductStandard, 10> kStandards({{{ProductStandard::Fda, "fda"},
                                                     {ProductStandard::Tcps, "tcps"},
                                                     {ProductStandard::Tis, "tis"},
                                                     {ProductStandard::Gmp, "gmp"},
                                                     {ProductStandard::Gap, "gap"},
                                                     {ProductStandard::Haccp, "haccp"},
                                                     {ProductStandard::QMark, "q_mark"},
                                                     {ProductStandard::Organic, "organic"},
                                                     {ProductStandard::Halal, "halal"},
                                                     {ProductStandard::Gi, "gi"}}});

constexpr EnumKeys<MarkTier, 3> kTiers({{{MarkTier::Premium, "premium"},
                                         {MarkTier::Classic, "classic"},
                                         {MarkTier::Standard, "standard"}}});

template <typename Enum, std::size_t N>
QList<Enum> listOf(const EnumKeys<Enum, N>& keys) {
    const auto values = keys.values();
    return QList<Enum>(values.begin(), values.end());
}
}  // namespace

QList<ProducerType> allProducerTypes() { return listOf(kTypes); }
QString producerTypeKey(ProducerType type) { return kTypes.key(type); }
std::optional<ProducerType> producerTypeFromKey(const QString& key) { return kTypes.fromKey(key); }

QString producerTypeLabel(ProducerType type) {
    switch (type) {
        case ProducerType::CommunityGroup: return Text::tr("กลุ่มผู้ผลิตชุมชน");
        case ProducerType::SingleOwner: return Text::tr("ผู้ผลิตชุมชนที่เป็นเจ้าของรายเดียว");
        case ProducerType::Sme: return Text::tr("ผู้ผลิตที่เป็น SMEs");
    }
    return {};
}

QList<OtopCategory> allOtopCategories() { return listOf(kCategories); }
QString otopCategoryKey(OtopCategory category) { return kCategories.key(category); }
std::optional<OtopCategory> otopCategoryFromKey(const QString& key) {
    return kCategories.fromKey(key);
}

QString otopCategoryLabel(OtopCategory category) {
    switch (category) {
        case OtopCategory::Food: return Text::tr("อาหาร");
        case OtopCategory::Drink: return Text::tr("เครื่องดื่ม");
        case OtopCategory::Textile: return Text::tr("ผ้าและเครื่องแต่งกาย");
        case OtopCategory::Household: return Text::tr("ของใช้ ของตกแต่ง ของที่ระลึก");
        case OtopCategory::Herbal: return Text::tr("สมุนไพรที่ไม่ใช่อาหาร");
    }
    return {};
}

QString otopCategoryShortLabel(OtopCategory category) {
    switch (category) {
        case OtopCategory::Food: return Text::tr("อาหาร");
        case OtopCategory::Drink: return Text::tr("เครื่องดื่ม");
        case OtopCategory::Textile: return Text::tr("ผ้า");
        case OtopCategory::Household: return Text::tr("ของใช้");
        case OtopCategory::Herbal: return Text::tr("สมุนไพร");
    }
    return {};
}

QList<ProductStandard> allProductStandards() { return listOf(kStandards); }
QString productStandardKey(ProductStandard standard) { return kStandards.key(standard); }
std::optional<ProductStandard> productStandardFromKey(const QString& key) {
    return kStandards.fromKey(key);
}

QString productStandardLabel(ProductStandard standard) {
    switch (standard) {
        case ProductStandard::Fda: return Text::tr("อย.");
        case ProductStandard::Tcps: return Text::tr("มผช.");
        case ProductStandard::Tis: return Text::tr("มอก.");
        case ProductStandard::Gmp: return QStringLiteral("GMP");
        case ProductStandard::Gap: return QStringLiteral("GAP");
        case ProductStandard::Haccp: return QStringLiteral("HACCP");
        case ProductStandard::QMark: return Text::tr("เครื่องหมาย Q");
        case ProductStandard::Organic: return Text::tr("เกษตรอินทรีย์");
        case ProductStandard::Halal: return Text::tr("ฮาลาล");
        case ProductStandard::Gi: return Text::tr("GI สิ่งบ่งชี้ทางภูมิศาสตร์");
    }
    return {};
}

QList<MarkTier> allMarkTiers() { return listOf(kTiers); }
QString markTierKey(MarkTier tier) { return kTiers.key(tier); }
std::optional<MarkTier> markTierFromKey(const QString& key) { return kTiers.fromKey(key); }

QString markTierLabel(MarkTier tier) {
    switch (tier) {
        case MarkTier::Premium: return Text::tr("Premium (ทอง)");
        case MarkTier::Classic: return Text::tr("Classic (เงิน)");
        case MarkTier::Standard: return Text::tr("Standard (แดง)");
    }
    return {};
}

QString starText(int stars) {
    const int filled = std::clamp(stars, 0, 5);
    return QString(filled, QChar(0x2605)) + QString(5 - filled, QChar(0x2606));
}

}  // namespace thanrak
