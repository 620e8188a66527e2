#pragma once

#include <QDate>

namespace thanrak {
class Database;
}

namespace thanrak::demo {

struct PlanCounts {
    int plans = 0;
    int versions = 0;
    int items = 0;  // cards over every version
    int links = 0;
    int ksnb = 0;
    int attachments = 0;
};

// A community business plan (C-BMC, DOMAIN.md §5) in each tambon, for the
// savings group that keeps the money of the tambon's first OTOP community
// group: a nine-block canvas about the group's products (four or five cards
// a block, yearly revenue and costs that fit the products' price and
// capacity, links the method draws), a second version half a year later for
// some, four KSNB items, the four steps at different stages and the minutes
// of the design meeting for some. Written through the cbmc repositories
// after addOtop; `seed` makes the same plans every time.
PlanCounts addBusinessPlans(Database& database, quint32 seed, const QDate& today);

}  // namespace thanrak::demo
