#include "PlanFixture.h"

#include "cbmc/LinkRepository.h"
#include "cbmc/VersionComparison.h"
#include "cbmc/VersionRepository.h"
#include "support/CatchMoney.h"

#include <catch2/catch.hpp>

using namespace thanrak;
using test::PlanFixture;
using test::positions;
using test::texts;
using B = CanvasBlock;

namespace {
Money satang(qint64 s) {
    return Money::fromSatang(s);
}

// Version 1 of the banana plan, worked by hand:
//   revenue 36,000.00 (shop) + 12,500.50 (online) = 48,500.50
//   cost     9,000.00 (bananas) + 4,250.25 (bags) = 13,250.25; profit 35,250.25
struct BananaPlan : PlanFixture {
    CanvasItem value =
        card(B::ValueProposition, QStringLiteral("กล้วยตากพลังงานแสงอาทิตย์ ไม่ใส่สารกันเสีย"));
    CanvasItem shop = card(B::RevenueStreams, QStringLiteral("ขายหน้าร้าน"), satang(3'600'000));
    CanvasItem online = card(B::RevenueStreams, QStringLiteral("ขายออนไลน์"), satang(1'250'050));
    CanvasItem drying = card(B::KeyActivities, QStringLiteral("อบกล้วยในโรงอบ"));
    CanvasItem bananas = card(B::CostStructure, QStringLiteral("ค่ากล้วยดิบ"), satang(900'000));
    CanvasItem bags = card(B::CostStructure, QStringLiteral("ค่าถุงบรรจุ"), satang(425'025));
    BananaPlan() {
        LinkRepository links(db());
        CanvasLink serves{{}, drying.id, value.id};
        links.add(serves);
        CanvasLink belongs{{}, bananas.id, drying.id};
        links.add(belongs);
    }
};

const CanvasItem* byText(const QList<CanvasItem>& items, const QString& text) {
    for (const CanvasItem& item : items)
        if (item.text == text)
            return &item;
    return nullptr;
}
}  // namespace

TEST_CASE("a new version copies the cards and links, and editing it leaves version 1 alone",
          "[cbmc][versions]") {
    BananaPlan f;
    VersionRepository versions(f.db());
    CanvasRepository cards(f.db());
    LinkRepository links(f.db());
    const PlanVersion v2 =
        versions.newVersion(f.v1.id, QDate(2026, 7, 1), QStringLiteral("หลังประชุมกลุ่ม"));
    CHECK(v2.number == 2);
    CHECK(v2.basedOnId == f.v1.id);
    REQUIRE(versions.versions(f.plan.id).size() == 2);

    const QList<CanvasItem> copies = cards.items(v2.id);
    REQUIRE(copies.size() == 6);
    const CanvasItem* drying = byText(copies, f.drying.text);
    const CanvasItem* value = byText(copies, f.value.text);
    const CanvasItem* bananas = byText(copies, f.bananas.text);
    REQUIRE(drying);
    CHECK(drying->id != f.drying.id);
    CHECK(drying->copiedFrom == f.drying.id);
    CHECK(byText(copies, f.online.text)->amount == satang(1'250'050));
    CHECK(positions(copies, B::RevenueStreams) == QList<int>{1, 2});

    const QList<CanvasLink> copiedLinks = links.links(v2.id);
    REQUIRE(copiedLinks.size() == 2);
    for (const CanvasLink& link : copiedLinks) {  // both ends moved to the copies
        CHECK((link.fromItemId == drying->id || link.fromItemId == bananas->id));
        CHECK((link.toItemId == value->id || link.toItemId == drying->id));
    }

    CanvasItem edited = *byText(copies, f.online.text);
    edited.amount = satang(2'000'000);
    cards.edit(edited);
    cards.remove(drying->id);
    CHECK(cards.find(f.online.id)->amount == satang(1'250'050));
    CHECK(cards.items(f.v1.id).size() == 6);
    CHECK(links.links(f.v1.id).size() == 2);
    CHECK(links.links(v2.id).isEmpty());

    const PlanVersion v3 = versions.newVersion(f.v1.id, QDate(2026, 8, 1));
    CHECK(v3.number == 3);  // numbered after the latest, whichever it is based on
}

TEST_CASE("comparing two versions lists added, dropped and changed cards and the profit change",
          "[cbmc][versions]") {
    BananaPlan f;
    CanvasRepository cards(f.db());
    const PlanVersion v2 = VersionRepository(f.db()).newVersion(f.v1.id, QDate(2026, 7, 1));
    const QList<CanvasItem> copies = cards.items(v2.id);
    CanvasItem online = *byText(copies, f.online.text);
    online.amount = satang(2'000'000);  // 12,500.50 → 20,000.00
    cards.edit(online);
    cards.remove(byText(copies, f.bags.text)->id);  // bags dropped
    const CanvasItem shipping =
        f.card(B::CostStructure, QStringLiteral("ค่าส่งสินค้า"), satang(150'000), v2.id);
    const CanvasItem tourists =
        f.card(B::CustomerSegments, QStringLiteral("นักท่องเที่ยวงานบุญบั้งไฟ"), {}, v2.id);
    cards.moveUp(byText(copies, f.online.text)->id);  // order alone is no change

    // v2: revenue 36,000.00 + 20,000.00 = 56,000.00; cost 9,000.00 + 1,500.00 = 10,500.00;
    // profit 45,500.00, i.e. 45,500.00 − 35,250.25 = +10,249.75 on version 1
    // (revenue +7,499.50, cost −2,750.25).
    const VersionComparison c = compareVersions(f.db(), f.v1.id, v2.id);
    REQUIRE(c.blocks.size() == 9);
    CHECK(c.first.profit() == satang(3'525'025));
    CHECK(c.second.revenue == satang(5'600'000));
    CHECK(c.second.cost == satang(1'050'000));
    CHECK(c.second.profit() == satang(4'550'000));
    CHECK(c.revenueChange() == satang(749'950));
    CHECK(c.costChange() == satang(-275'025));
    CHECK(c.profitChange() == satang(1'024'975));

    const BlockComparison& revenue = c.blocks[4];
    CHECK(revenue.block == B::RevenueStreams);
    REQUIRE(revenue.changed.size() == 1);
    CHECK(revenue.changed[0].before.amount == satang(1'250'050));
    CHECK(revenue.changed[0].after.amount == satang(2'000'000));
    CHECK(texts(revenue.same, B::RevenueStreams) == QStringList{f.shop.text});

    const BlockComparison& cost = c.blocks[8];
    CHECK(texts(cost.onlyFirst, B::CostStructure) == QStringList{f.bags.text});
    CHECK(texts(cost.onlySecond, B::CostStructure) == QStringList{shipping.text});
    CHECK(texts(cost.same, B::CostStructure) == QStringList{f.bananas.text});
    CHECK(texts(c.blocks[1].onlySecond, B::CustomerSegments) == QStringList{tourists.text});
    CHECK(c.blocks[0].same.size() == 1);
    CHECK(c.blocks[5].same.size() == 1);
}

TEST_CASE("cards without a common origin are matched by equal text in the same block",
          "[cbmc][versions]") {
    const QList<CanvasItem> first = {
        {QStringLiteral("a1"),
         {},
         B::KeyPartners,
         1,
         QStringLiteral("สำนักงานพัฒนาชุมชนอำเภอ"),
         {},
         {}},
        {QStringLiteral("a2"), {}, B::KeyPartners, 2, QStringLiteral("ธ.ก.ส."), {}, {}}};
    const QList<CanvasItem> second = {
        {QStringLiteral("b1"), {}, B::KeyPartners, 1, QStringLiteral("ธ.ก.ส."), {}, {}},
        {QStringLiteral("b2"),
         {},
         B::KeyResources,
         1,
         QStringLiteral("สำนักงานพัฒนาชุมชนอำเภอ"),
         {},
         {}}};
    const VersionComparison c = compareItems(first, second);
    CHECK(c.blocks[7].same.size() == 1);        // ธ.ก.ส. stayed a partner
    CHECK(c.blocks[7].onlyFirst.size() == 1);   // the office left block 8 ...
    CHECK(c.blocks[6].onlySecond.size() == 1);  // ... and a card of that text appeared in 7
    CHECK(c.profitChange().isZero());
}

TEST_CASE("a version's date and note are corrected, and only the latest version is deleted",
          "[cbmc][versions]") {
    BananaPlan f;
    VersionRepository versions(f.db());
    CanvasRepository cards(f.db());
    const PlanVersion v2 = versions.newVersion(f.v1.id, QDate(2026, 7, 1));
    PlanVersion corrected = *versions.find(v2.id);
    corrected.dated = QDate(2026, 6, 30);
    corrected.note = QStringLiteral("  หลังประชุมกลุ่มเดือนมิถุนายน ");
    versions.save(corrected);
    CHECK(versions.find(v2.id)->dated == QDate(2026, 6, 30));
    CHECK(versions.find(v2.id)->note == QStringLiteral("หลังประชุมกลุ่มเดือนมิถุนายน"));
    CHECK(cards.items(v2.id).size() == 6);  // the cards are untouched

    const PlanVersion v3 = versions.newVersion(v2.id, QDate(2026, 9, 1));
    const QString before = f.snapshot();
    corrected.dated = QDate(2569, 6, 30);  // B.E. typed as C.E.
    try {
        versions.save(corrected);
        FAIL("not refused");
    } catch (const ValidationError& e) {
        CHECK(test::messageOf(e, QStringLiteral("dated")).contains(QStringLiteral("ค.ศ. 2026")));
    }
    try {
        versions.removeLatest(v2.id);  // version 3 was made after it
        FAIL("not refused");
    } catch (const ValidationError& e) {
        CHECK(test::messageOf(e, QStringLiteral("id")).contains(QStringLiteral("รุ่น 3")));
    }
    try {
        versions.removeLatest(f.v1.id);
        FAIL("not refused");
    } catch (const ValidationError& e) {
        CHECK(test::messageOf(e, QStringLiteral("id")).contains(QStringLiteral("ลบรุ่น 1 ไม่ได้")));
    }
    CHECK(f.snapshot() == before);

    // Version 3's 6 cards and 2 links go; versions 1 and 2 keep theirs.
    versions.removeLatest(v3.id);
    CHECK(versions.versions(f.plan.id).size() == 2);
    CHECK(cards.items(v3.id).isEmpty());
    CHECK(LinkRepository(f.db()).links(v2.id).size() == 2);
    CHECK(cards.items(f.v1.id).size() == 6);
    const PlanVersion again = versions.newVersion(v2.id, QDate(2026, 10, 1));
    CHECK(again.number == 3);  // the number is free again
}
