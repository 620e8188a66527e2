#pragma once

#include "support/DomainFixture.h"

#include <QByteArray>
#include <QString>

namespace thanrak::test {

// The OTOP side of the report story: one community group in บ้านโนนสูง
// (ตำบลทรายมูล) with two products, every number worked by hand here so the
// three OTOP reports can be checked against it on 31 March 2026 (B.E. 2569).
//
// กล้วยตากโนนสูง (food, 45.00 a bag), target 2569: 120,000.00 (2,700 bags)
//   sales  Dec 2025 Shopee 50 bags 2,250.00 (last year: left out)
//          Jan 2026 Shopee 120 bags 5,400.00; fair 300 bags 13,500.00
//          Feb 2026 OTOP Online 80 bags 3,600.00
//          Mar 2026 fair 200 bags 9,000.00
//   so 2026: Shopee 120 / 5,400.00, fair 500 / 22,500.00, OTOP Online 80 /
//   3,600.00; 700 bags, 31,500.00 = 26.25 % of the target, printed 26.3%.
//   rated 2024: 20 + 40 + 15 = 75 → 3 stars; 2025: 22 + 48 + 17 = 87 → 4
//   stars, Classic (silver).
//   certificates: อย. expires 30 Apr 2026 (30 days after 31 Mar); มผช. expired
//   14 Feb 2026 (14 + 31 = 45 days before 31 Mar); GI without expiry.
// ชาใบหม่อนโนนสูง (drink, 150.00 a box), target 2569: 10,000.00
//   sales  Feb 2026 Lazada 20 boxes 3,000.00; Mar 2026 LINE Shopping 15 boxes
//          2,249.75: 35 boxes, 5,249.75 = 52.4975 %, printed 52.5%.
//   rated 2025: 15 + 30 + 10 = 55 → 2 stars.
//   certificate: มผช. expires 15 Jul 2026, 106 days after 31 Mar: past the
//   90 days the expiry list looks ahead.
// Together: target 130,000.00, sold 36,749.75 = 28.269… %, printed 28.3%;
// neither reached its target. In force at the end of 2026: the GI only.
struct OtopStory {
    QString producerId;
    QString banana;
    QString tea;
};
OtopStory addOtopStory(DomainFixture& fixture);

// A 4:3 PNG drawn here, standing in for a product's photo.
QByteArray samplePhoto(int width = 640, int height = 480);

}  // namespace thanrak::test
