#pragma once

#include "support/DomainFixture.h"

#include <QString>
#include <QStringList>

namespace thanrak::test {

// A community business plan of a savings group, "กล้วยตากโนนสูงสู่ตลาดของฝาก",
// for the three plan reports, every number worked by hand here.
//
// Version 1 (15 Jan 2026): a selling point and the retail revenue 30,000.00.
// Version 2 (1 Mar 2026, based on 1) is the latest, the one printed:
//   5 ที่มาของรายได้    retail at the village market       36,000.00
//                       selling to gift shops in town       12,500.50
//   9 ค่าใช้จ่าย         bananas bought from members          9,000.00
//                       zip bags and labels                  4,250.25
//   expected revenue 48,500.50, cost 13,250.25, profit 35,250.25.
// Links (from → to): 6.1 → 1.1, 6.2 → 3.1, 9.1 → 6.1, 9.2 → 6.1, 7.1 → 9.1,
// 8.1 → 9.2. Steps: 1 done 15 Jan – 28 Feb 2026 with one photo, 2 under way
// from 1 Mar 2026, 3 and 4 not started. KSNB: a knowledge item done in
// February, a skill item planned for April.
struct PlanStory {
    QString planId;
    QString version1;
    QString version2;
};
PlanStory addPlanStory(DomainFixture& fixture, const QString& organisationId,
                       const QStringList& productIds = {});

// A long card text, for filling a box past its room.
QString longCardText(int number);

}  // namespace thanrak::test
