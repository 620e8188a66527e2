#include "PlanFixture.h"

#include "cbmc/LinkRepository.h"
#include "cbmc/VersionRepository.h"

#include <catch2/catch.hpp>

using namespace thanrak;
using test::PlanFixture;
using test::positions;
using test::texts;
using B = CanvasBlock;

namespace {
// One card in each block of version 1, "ช่อง 1" to "ช่อง 9".
struct EveryBlock : PlanFixture {
    QHash<int, CanvasItem> cards;
    EveryBlock() {
        for (CanvasBlock block : allCanvasBlocks())
            cards.insert(blockNumber(block),
                         card(block, QStringLiteral("ช่อง %1").arg(blockNumber(block)),
                              blockCarriesAmount(block) ? std::optional(Money::fromBaht(100))
                                                        : std::nullopt));
    }
    CanvasLink link(int from, int to) { return {{}, cards[from].id, cards[to].id}; }
};
}  // namespace

TEST_CASE("the method draws exactly seven kinds of link", "[cbmc][links]") {
    QList<QPair<int, int>> allowed;
    for (CanvasBlock from : allCanvasBlocks())
        for (CanvasBlock to : allCanvasBlocks())
            if (linkAllowed(from, to))
                allowed.append({blockNumber(from), blockNumber(to)});
    CHECK(allowed ==
          QList<QPair<int, int>>{{6, 1}, {6, 2}, {6, 3}, {6, 4}, {7, 9}, {8, 9}, {9, 6}});
}

TEST_CASE("each allowed link is accepted and each forbidden one refused naming the field",
          "[cbmc][links]") {
    EveryBlock f;
    LinkRepository links(f.db());
    for (const auto& [from, to] :
         QList<QPair<int, int>>{{6, 1}, {6, 2}, {6, 3}, {6, 4}, {9, 6}, {7, 9}, {8, 9}}) {
        CAPTURE(from, to);
        CanvasLink link = f.link(from, to);
        links.add(link);
        CHECK_FALSE(link.id.isEmpty());
    }
    CHECK(links.links(f.v1.id).size() == 7);
    CHECK(links.linksOf(f.cards[6].id).size() == 5);  // serves 1–4, and the cost 9 belongs to it

    const QString before = f.snapshot();
    for (const auto& [from, to] : QList<QPair<int, int>>{
             {1, 6}, {6, 5}, {6, 7}, {6, 9}, {9, 7}, {5, 1}, {7, 6}, {8, 6}, {2, 3}}) {
        CAPTURE(from, to);
        CanvasLink link = f.link(from, to);
        try {
            links.add(link);
            FAIL("the link was not refused");
        } catch (const ValidationError& e) {
            CHECK(test::fieldsOf(e) == QStringList{QStringLiteral("to_item_id")});
            CHECK(test::messageOf(e, QStringLiteral("to_item_id"))
                      .contains(QStringLiteral("ช่อง %1").arg(from)));
        }
    }
    CanvasLink again = f.link(6, 1);
    CHECK_THROWS_AS(links.add(again), ValidationError);  // drawn already
    CanvasLink self{{}, f.cards[6].id, f.cards[6].id};
    CHECK_THROWS_AS(links.add(self), ValidationError);
    CHECK(f.snapshot() == before);
}

TEST_CASE("a link between two versions is refused", "[cbmc][links]") {
    EveryBlock f;
    const PlanVersion v2 = VersionRepository(f.db()).newVersion(f.v1.id, QDate(2026, 6, 1));
    const CanvasItem laterValue =
        f.card(B::ValueProposition, QStringLiteral("ของฝากเมืองยโสธร"), {}, v2.id);
    const QString before = f.snapshot();
    CanvasLink link{{}, f.cards[6].id, laterValue.id};
    try {
        LinkRepository(f.db()).add(link);
        FAIL("the link was not refused");
    } catch (const ValidationError& e) {
        CHECK(test::messageOf(e, QStringLiteral("to_item_id")) ==
              QStringLiteral("เชื่อมได้เฉพาะข้อความในแผนฉบับเดียวกัน"));
    }
    CHECK(f.snapshot() == before);
}

TEST_CASE("removing a card removes its links and nothing else", "[cbmc][links]") {
    EveryBlock f;
    LinkRepository links(f.db());
    for (const auto& [from, to] : QList<QPair<int, int>>{{6, 1}, {9, 6}, {7, 9}}) {
        CanvasLink link = f.link(from, to);
        links.add(link);
    }
    CanvasRepository(f.db()).remove(f.cards[6].id);
    const QList<CanvasLink> left = links.links(f.v1.id);
    REQUIRE(left.size() == 1);
    CHECK(left[0].fromItemId == f.cards[7].id);
    CHECK(left[0].toItemId == f.cards[9].id);
    links.remove(left[0].id);
    CHECK(links.links(f.v1.id).isEmpty());
}
