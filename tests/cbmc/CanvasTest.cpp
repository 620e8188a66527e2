#include "PlanFixture.h"

#include "cbmc/CbmcRules.h"
#include "cbmc/LinkRepository.h"
#include "cbmc/PlanFigures.h"
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
}  // namespace

TEST_CASE("the nine blocks carry the seed's names and questions", "[cbmc]") {
    CHECK(allCanvasBlocks().size() == 9);
    CHECK(canvasBlockQuestion(B::ValueProposition) ==
          QStringLiteral("จุดขายหรือคุณค่าของสินค้าและบริการของเราคืออะไร"));
    CHECK(canvasBlockLabel(B::RevenueStreams) == QStringLiteral("ที่มาของรายได้"));
    CHECK(canvasBlockLabel(B::CostStructure) == QStringLiteral("ค่าใช้จ่ายที่จำเป็น"));
    for (CanvasBlock block : allCanvasBlocks()) {
        CHECK_FALSE(canvasBlockQuestion(block).isEmpty());
        CHECK(blockCarriesAmount(block) ==
              (block == B::RevenueStreams || block == B::CostStructure));
    }
    CHECK_FALSE(canvasBlockFromNumber(0));
    CHECK_FALSE(canvasBlockFromNumber(10));
    CHECK(ksnbKindKey(KsnbKind::BusinessModel) == QStringLiteral("business_model"));
    CHECK(stepStatusFromKey(QStringLiteral("not_started")) == StepStatus::NotStarted);
}

TEST_CASE("expected profit is revenue cards less cost cards, to the satang", "[cbmc][figures]") {
    PlanFixture f;
    f.card(B::RevenueStreams, QStringLiteral("ขายกล้วยตากหน้าร้าน"), satang(3'600'000));
    f.card(B::RevenueStreams, QStringLiteral("ขายออนไลน์ทาง Shopee"), satang(1'250'050));
    f.card(B::RevenueStreams, QStringLiteral("รับจ้างอบกล้วยให้กลุ่มอื่น"));  // no amount yet
    f.card(B::CostStructure, QStringLiteral("ค่ากล้วยน้ำว้าดิบ"), satang(900'000));
    f.card(B::CostStructure, QStringLiteral("ค่าถุงซิปล็อกและฉลาก"), satang(425'025));
    f.card(B::KeyActivities, QStringLiteral("อบกล้วยด้วยโรงอบพลังงานแสงอาทิตย์"));
    // 36,000.00 + 12,500.50 = 48,500.50; 9,000.00 + 4,250.25 = 13,250.25;
    // 48,500.50 − 13,250.25 = 35,250.25
    const CanvasFigures figures = expectedFigures(f.db(), f.v1.id);
    CHECK(figures.revenue == satang(4'850'050));
    CHECK(figures.cost == satang(1'325'025));
    CHECK(figures.profit() == satang(3'525'025));
}

TEST_CASE("a card is refused for empty or long text and a misplaced or absurd amount",
          "[cbmc][rules]") {
    PlanFixture f;
    const QString before = f.snapshot();
    CanvasRepository cards(f.db());
    auto refusedField = [&](CanvasItem item) -> QStringList {
        item.versionId = f.v1.id;
        try {
            cards.add(item);
        } catch (const ValidationError& e) {
            return test::fieldsOf(e);
        }
        return {};
    };
    CHECK(refusedField({{}, {}, B::ValueProposition, 0, QStringLiteral("   "), {}, {}}) ==
          QStringList{QStringLiteral("text")});
    CHECK(refusedField({{}, {}, B::ValueProposition, 0, QString(201, QChar(0x0E01)), {}, {}}) ==
          QStringList{QStringLiteral("text")});
    CHECK(refusedField(
              {{}, {}, B::ValueProposition, 0, QStringLiteral("กล้วยตาก"), satang(100), {}}) ==
          QStringList{QStringLiteral("amount")});
    CHECK(refusedField({{}, {}, B::RevenueStreams, 0, QStringLiteral("ขาย"), satang(-1), {}}) ==
          QStringList{QStringLiteral("amount")});
    // 100,000,000.01 baht from one card is an extra zero, not a village business.
    CHECK(
        refusedField(
            {{}, {}, B::CostStructure, 0, QStringLiteral("ค่าเครื่อง"), satang(10'000'000'001), {}}) ==
        QStringList{QStringLiteral("amount")});
    CHECK(f.snapshot() == before);

    CanvasItem longest{{}, f.v1.id, B::ValueProposition, 0, QString(200, QChar(0x0E01)), {}, {}};
    cards.add(longest);  // exactly 200 characters is a full card
    CHECK(longest.position == 1);

    // Editing to an amount on block 1 is refused and leaves the card as it was.
    const QString saved = f.snapshot();
    longest.amount = satang(500);
    CHECK_THROWS_AS(cards.edit(longest), ValidationError);
    CHECK(f.snapshot() == saved);
}

TEST_CASE("moving cards up, down and between blocks keeps positions 1..n", "[cbmc][order]") {
    PlanFixture f;
    CanvasRepository cards(f.db());
    const CanvasItem a = f.card(B::KeyActivities, QStringLiteral("ก อบรมการแปรรูป"));
    const CanvasItem b = f.card(B::KeyActivities, QStringLiteral("ข ออกร้านงานกาชาด"));
    const CanvasItem c = f.card(B::KeyActivities, QStringLiteral("ค ถ่ายรูปสินค้าลงเพจ"));
    const CanvasItem x = f.card(B::KeyResources, QStringLiteral("x โรงอบของวัด"));
    CHECK(c.position == 3);

    CHECK(cards.moveUp(c.id));
    CHECK_FALSE(cards.moveUp(a.id));  // already first
    CHECK(texts(cards.items(f.v1.id), B::KeyActivities) == QStringList{a.text, c.text, b.text});
    CHECK(cards.moveDown(a.id));
    CHECK_FALSE(cards.moveDown(b.id));
    CHECK(texts(cards.items(f.v1.id), B::KeyActivities) == QStringList{c.text, a.text, b.text});
    CHECK(positions(cards.items(f.v1.id), B::KeyActivities) == QList<int>{1, 2, 3});

    cards.moveTo(a.id, B::KeyResources, 1);  // no links: any block will do
    QList<CanvasItem> now = cards.items(f.v1.id);
    CHECK(texts(now, B::KeyActivities) == QStringList{c.text, b.text});
    CHECK(positions(now, B::KeyActivities) == QList<int>{1, 2});
    CHECK(texts(now, B::KeyResources) == QStringList{a.text, x.text});
    CHECK(positions(now, B::KeyResources) == QList<int>{1, 2});

    cards.moveTo(c.id, B::KeyActivities, 99);  // past the end: last
    CHECK(texts(cards.items(f.v1.id), B::KeyActivities) == QStringList{b.text, c.text});

    cards.remove(x.id);
    now = cards.items(f.v1.id);
    CHECK(texts(now, B::KeyResources) == QStringList{a.text});
    CHECK(positions(now, B::KeyResources) == QList<int>{1});
}

TEST_CASE("a move that would break a link or strand an amount is refused", "[cbmc][order]") {
    PlanFixture f;
    CanvasRepository cards(f.db());
    const CanvasItem value = f.card(B::ValueProposition, QStringLiteral("กล้วยตากไม่ใส่น้ำตาล"));
    const CanvasItem activity = f.card(B::KeyActivities, QStringLiteral("อบกล้วยวันละ 2 รอบ"));
    const CanvasItem cost = f.card(B::CostStructure, QStringLiteral("ค่าแก๊ส"), satang(120'000));
    CanvasLink link{{}, activity.id, value.id};
    LinkRepository(f.db()).add(link);
    const QString before = f.snapshot();

    try {
        cards.moveTo(activity.id, B::KeyResources, 1);  // 7 → 1 is not a link of the method
        FAIL("the move was not refused");
    } catch (const ValidationError& e) {
        CHECK(test::fieldsOf(e) == QStringList{QStringLiteral("block")});
        CHECK(test::messageOf(e, QStringLiteral("block")).contains(QStringLiteral("1 รายการ")));
    }
    CHECK_THROWS_AS(cards.moveTo(cost.id, B::KeyActivities, 1), ValidationError);
    CHECK(f.snapshot() == before);

    // Revenue and cost both carry amounts, and the cost has no links.
    cards.moveTo(cost.id, B::RevenueStreams, 1);
    CHECK(cards.find(cost.id)->block == B::RevenueStreams);
    CHECK(cards.find(cost.id)->amount == satang(120'000));
}
