#include "otop/OtopSummary.h"
#include "otop/SalesRepository.h"
#include "support/CatchMoney.h"
#include "support/OtopFixture.h"

#include <catch2/catch.hpp>

using namespace thanrak;
using thanrak::test::OtopFixture;
using thanrak::test::otopToday;

namespace {
Money baht(qint64 b) { return Money::fromBaht(b); }

// Three products of ทรายมูล with a year of sales, worked by hand:
//   กล้วยตาก target 120,000.00 (2,700 bags); sold 5,400 + 13,500 + 3,600 +
//     45,000 + 9,000 = 76,500.00 (1,700 bags), 67,500.00 by the end of June;
//   ชาใบหม่อน target 10,000.00; sold 6,000 + 4,500 = 10,500.00 (70 boxes);
//   พวงกุญแจ no target; sold 1,000.00 (10 pieces).
struct SalesYear : OtopFixture {
    OtopProduct tea = addProduct(QStringLiteral("ชาใบหม่อน"), OtopCategory::Drink);
    OtopProduct keyring = addProduct(QStringLiteral("พวงกุญแจผ้าทอ"), OtopCategory::Household);
    SalesYear() {
        addSales(product.id, 2025, 12, QStringLiteral("shopee"), 50, 2250);  // last year
        addSales(product.id, 2026, 1, QStringLiteral("shopee"), 120, 5400);
        addSales(product.id, 2026, 1, QStringLiteral("fair"), 300, 13500);
        addSales(product.id, 2026, 2, QStringLiteral("otop_online"), 80, 3600);
        addSales(product.id, 2026, 6, QStringLiteral("fair"), 1000, 45000);
        addSales(product.id, 2026, 11, QStringLiteral("shop"), 200, 9000);
        addSales(tea.id, 2026, 3, QStringLiteral("lazada"), 40, 6000);
        addSales(tea.id, 2026, 4, QStringLiteral("line_shopping"), 30, 4500);
        addSales(keyring.id, 2026, 1, QStringLiteral("shop"), 10, 1000);
        SalesRepository sales(db());
        SalesTarget t1{{}, product.id, 2026, baht(120000), 2700};
        sales.saveTarget(t1);
        SalesTarget t2{{}, tea.id, 2026, baht(10000), 0};
        sales.saveTarget(t2);
    }
};
}  // namespace

TEST_CASE("plan versus actual sums a year's sales against each target", "[otop][sales]") {
    SalesYear f;
    const QList<PlanRow> rows = planVersusActual(f.db(), 2026, 6);
    REQUIRE(rows.size() == 3);
    const PlanRow& banana = rows[0];  // by producer, then product name in Thai order
    CHECK(banana.productName == QStringLiteral("กล้วยตากหนองบัว"));
    CHECK(banana.target == baht(120000));
    CHECK(banana.targetQuantity == 2700);
    CHECK(banana.actual == baht(76500));
    CHECK(banana.actualQuantity == 1700);
    CHECK(banana.actualToMonth == baht(67500));
    CHECK(achievedPercent(banana.actual, banana.target) == QStringLiteral("63.8%"));  // 63.75 half up

    const PlanRow& tea = rows[1];
    CHECK(tea.productName == QStringLiteral("ชาใบหม่อน"));
    CHECK(tea.actual == baht(10500));
    CHECK(achievedPercent(tea.actual, tea.target) == QStringLiteral("105.0%"));
    CHECK(rows[2].target.isZero());
    CHECK(achievedPercent(rows[2].actual, rows[2].target) == QStringLiteral("–"));

    const PlanTotals totals = planTotals(rows);
    CHECK(totals.target == baht(130000));
    CHECK(totals.actual == baht(88000));
    CHECK(totals.withTarget == 2);
    CHECK(totals.reached == 1);

    // Last year only has the December sale and no target.
    const QList<PlanRow> last = planVersusActual(f.db(), 2025, 12);
    REQUIRE(last.size() == 1);
    CHECK(last[0].actual == baht(2250));
}

TEST_CASE("the sales grid adds up by month and by channel", "[otop][sales]") {
    SalesYear f;
    const SalesGrid grid = salesGrid(f.db(), 2026);
    CHECK(grid.channels.size() == 8);
    CHECK(grid.monthTotal(0) == baht(19900));  // 5,400 + 13,500 + 1,000
    int fair = -1;
    for (int i = 0; i < grid.channels.size(); ++i)
        if (grid.channels[i].key == QStringLiteral("fair")) fair = i;
    REQUIRE(fair >= 0);
    CHECK(grid.channelTotal(fair) == baht(58500));  // 13,500 + 45,000
    CHECK(grid.total() == baht(88000));
    CHECK(grid.totalQuantity() == 1780);

    OtopScope one;
    one.productId = f.tea.id;
    CHECK(salesGrid(f.db(), 2026, one).total() == baht(10500));
}

TEST_CASE("a month's sales in a channel are replaced, and zero removes them", "[otop][sales]") {
    SalesYear f;
    f.addSales(f.product.id, 2026, 1, QStringLiteral("shopee"), 130, 5850);
    CHECK(salesGrid(f.db(), 2026).monthTotal(0) == baht(20350));  // 19,900 − 5,400 + 5,850
    CHECK(SalesRepository(f.db()).salesOf(f.product.id, 2026).size() == 5);
    f.addSales(f.product.id, 2026, 1, QStringLiteral("shopee"), 0, 0);
    CHECK(salesGrid(f.db(), 2026).monthTotal(0) == baht(14500));
    CHECK(SalesRepository(f.db()).salesOf(f.product.id, 2026).size() == 4);
}

TEST_CASE("bad sales and targets are refused with the field named", "[otop][sales]") {
    OtopFixture f;
    SalesRepository sales(f.db());
    auto problemsOf = [&](MonthlySales s) -> FieldProblems {
        try {
            sales.saveSales(s, otopToday());
        } catch (const ValidationError& e) {
            return e.problems();
        }
        return {};
    };
    const QString shop = f.channelId(QStringLiteral("shop"));
    CHECK(problemsOf({{}, f.product.id, QDate(2026, 12, 1), shop, 1, baht(45)}).first().field ==
          QStringLiteral("month"));  // next month
    CHECK(problemsOf({{}, f.product.id, QDate(2569, 10, 1), shop, 1, baht(45)})
              .first().message.contains(QStringLiteral("2026")));
    CHECK(problemsOf({{}, f.product.id, QDate(2026, 10, 1), shop, 1, -baht(45)}).first().field ==
          QStringLiteral("amount"));
    CHECK(problemsOf({{}, f.product.id, QDate(2026, 10, 1), shop, 1, baht(450000000)}).first().field ==
          QStringLiteral("amount"));
    CHECK(problemsOf({{}, f.product.id, QDate(2026, 10, 1), QStringLiteral("nope"), 1, baht(45)})
              .first().field == QStringLiteral("channel_id"));
    CHECK(sales.salesOf(f.product.id, 2026).isEmpty());

    SalesTarget zero{{}, f.product.id, 2026, Money(), 0};
    CHECK_THROWS_AS(sales.saveTarget(zero), ValidationError);
    SalesTarget be{{}, f.product.id, 2569, baht(1000), 0};
    CHECK_THROWS_AS(sales.saveTarget(be), ValidationError);
    CHECK_FALSE(sales.target(f.product.id, 2026).has_value());
}

TEST_CASE("a user adds a channel and sells through it", "[otop][sales]") {
    OtopFixture f;
    SalesRepository sales(f.db());
    const SalesChannel temple = sales.addChannel(QStringLiteral("  ร้านของฝากหน้าวัด "), false);
    CHECK(temple.name == QStringLiteral("ร้านของฝากหน้าวัด"));
    CHECK(temple.position == 9);
    CHECK_THROWS_AS(sales.addChannel(QStringLiteral("Shopee"), true), ValidationError);
    MonthlySales s{{}, f.product.id, QDate(2026, 10, 15), temple.id, 20, baht(900)};
    sales.saveSales(s, otopToday());
    CHECK(s.month == QDate(2026, 10, 1));
    const SalesGrid grid = salesGrid(f.db(), 2026);
    CHECK(grid.channels.last().name == QStringLiteral("ร้านของฝากหน้าวัด"));
    CHECK(grid.channelTotal(int(grid.channels.size()) - 1) == baht(900));
}

TEST_CASE("a month of sales in several channels is kept whole or not at all", "[otop][sales]") {
    OtopFixture f;
    SalesRepository sales(f.db());
    const QDate october(2026, 10, 1);
    QList<MonthlySales> lines = {
        {{}, f.product.id, october, f.channelId(QStringLiteral("shopee")), 40, baht(1800)},
        {{}, f.product.id, october, f.channelId(QStringLiteral("fair")), 100, -baht(4500)},
    };
    try {
        sales.saveMonth(lines, otopToday());
        FAIL("expected a ValidationError");
    } catch (const ValidationError& e) {
        REQUIRE(e.problems().size() == 1);
        CHECK(e.problems()[0].field == f.channelId(QStringLiteral("fair")) + QStringLiteral(".amount"));
        CHECK(e.problems()[0].message.startsWith(QStringLiteral("งานแสดงและจำหน่ายสินค้า: ")));
    }
    CHECK(sales.salesOf(f.product.id, 2026).isEmpty());  // Shopee's line rolled back too
    lines[1].amount = baht(4500);
    sales.saveMonth(lines, otopToday());
    CHECK(salesGrid(f.db(), 2026).monthTotal(9) == baht(6300));
}
