#pragma once

#include "otop/OtopTypes.h"

#include <QList>

// The producers and products of the demo district's OTOP register: invented
// groups and owners making what villages of Yasothon make.
namespace thanrak::demo {

struct ProducerPlan {
    ProducerType type = ProducerType::CommunityGroup;
    // A group's name takes the village's name ("บ้านหนองบัว") for %1; a single owner's takes
    // the owner's given name; an SME's is complete.
    const char* name = "";
};

struct ProductPlan {
    int producer = 0;  // index into otopProducerPlans()
    const char* name = "";
    const char* brand = "";
    OtopCategory category = OtopCategory::Food;
    const char* subGroup = "";
    const char* unit = "";
    qint64 priceSatang = 0;
    int monthlyCapacity = 0;
    const char* rawMaterials = "";
    const char* packaging = "";
    const char* story = "";
    bool online = false;         // also sold through online shops
    const char* standards = "";  // space-separated keys: "fda tcps"
};

// In the order the tambons take them: three, two, three, two ... producers.
const QList<ProducerPlan>& otopProducerPlans();
const QList<ProductPlan>& otopProductPlans();
// How many producers the tambon at `index` (0-based) registers.
int otopProducersInSubdistrict(int index);

}  // namespace thanrak::demo
