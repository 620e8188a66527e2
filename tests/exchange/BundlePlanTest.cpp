#include "exchange/BundleTestSupport.h"

#include "cbmc/AttachmentRepository.h"
#include "cbmc/CanvasRepository.h"
#include "cbmc/KsnbRepository.h"
#include "cbmc/LinkRepository.h"
#include "cbmc/PlanRepository.h"
#include "cbmc/VersionRepository.h"
#include "exchange/BundleExport.h"
#include "exchange/BundleImport.h"
#include "storage/Sql.h"
#include "support/CatchQt.h"
#include "support/OtopFixture.h"
#include "support/TempDir.h"

using namespace thanrak;
using namespace thanrak::test;

namespace {

const QByteArray kMinutes = QStringLiteral(
                                "บันทึกการประชุมกลุ่มแม่บ้านแปรรูปกล้วยหนองบัว\n"
                                "วันที่ 15 มกราคม 2569 ณ ศาลาประชาคมหมู่ 1\n"
                                "ที่ประชุมช่วยกันเขียนแคนวาสชุมชน 9 ช่อง\n")
                                .toUtf8();

// The fixture's banana group with a plan for its bananas: two versions of
// the canvas with links, two KSNB items (one with a registered person who is
// not a member), steps 1 done and 2 under way, and the minutes of step 1.
struct PlanVillage : OtopFixture {
    Person adviser;
    BusinessPlan plan;
    PlanVersion v1, v2;
    CanvasItem sunDried, zipBag, tourists, solarDrying, fair, rawBananas, bags;

    CanvasItem card(const QString& versionId, CanvasBlock block, const QString& text,
                    std::optional<Money> amount = {}) {
        CanvasItem item;
        item.versionId = versionId;
        item.block = block;
        item.text = text;
        item.amount = amount;
        CanvasRepository(db()).add(item);
        return item;
    }

    void link(const CanvasItem& from, const CanvasItem& to) {
        CanvasLink link{{}, from.id, to.id};
        LinkRepository(db()).add(link);
    }

    PlanVillage() {
        adviser = addPerson(QStringLiteral("สมศรี"), QStringLiteral("ใจงาม"), validId(7),
                            QStringLiteral("35020102"));
        plan.organisationId = producer.organisationId;
        plan.title = QStringLiteral("แผนธุรกิจกล้วยตากหนองบัว");
        v1 = PlanRepository(db()).create(plan, QDate(2026, 1, 15));
        PlanRepository(db()).setProducts(plan.id, {product.id});

        sunDried = card(v1.id, CanvasBlock::ValueProposition,
                        QStringLiteral("กล้วยตากพลังแสงอาทิตย์ ไม่ใส่น้ำตาล"));
        zipBag = card(v1.id, CanvasBlock::ValueProposition, QStringLiteral("ถุงซิปล็อกพิมพ์ลายสวยงาม"));
        card(v1.id, CanvasBlock::ValueProposition, QStringLiteral("กล้วยน้ำว้าปลอดสารจากสวนสมาชิก"));
        tourists =
            card(v1.id, CanvasBlock::CustomerSegments, QStringLiteral("นักท่องเที่ยวที่แวะซื้อของฝาก"));
        card(v1.id, CanvasBlock::Channels, QStringLiteral("เพจเฟซบุ๊กของกลุ่ม"));
        card(v1.id, CanvasBlock::CustomerRelationships, QStringLiteral("แถมชิมฟรีเมื่อซื้อครบ 5 ถุง"));
        card(v1.id, CanvasBlock::RevenueStreams, QStringLiteral("ขายกล้วยตากปีละ 4000 ถุง"),
             Money::fromBaht(180000));
        solarDrying =
            card(v1.id, CanvasBlock::KeyActivities, QStringLiteral("ตากกล้วยในโรงอบพลังแสงอาทิตย์"));
        fair = card(v1.id, CanvasBlock::KeyActivities, QStringLiteral("ออกบูธงานกาชาดจังหวัด"));
        const CanvasItem dryer =
            card(v1.id, CanvasBlock::KeyResources, QStringLiteral("โรงอบของกลุ่มที่ว่างช่วงหน้าฝน"));
        const CanvasItem office =
            card(v1.id, CanvasBlock::KeyPartners, QStringLiteral("พัฒนาชุมชนอำเภอช่วยออกแบบบรรจุภัณฑ์"));
        rawBananas = card(v1.id, CanvasBlock::CostStructure, QStringLiteral("ค่ากล้วยน้ำว้าดิบ"),
                          Money::fromBaht(60000));
        bags = card(v1.id, CanvasBlock::CostStructure, QStringLiteral("ค่าถุงบรรจุภัณฑ์"),
                    Money::fromBaht(12000));
        link(solarDrying, sunDried);
        link(fair, tourists);
        link(rawBananas, solarDrying);
        link(bags, fair);
        link(dryer, rawBananas);
        link(office, bags);

        v2 = VersionRepository(db()).newVersion(v1.id, QDate(2026, 6, 1),
                                                QStringLiteral("หลังประชุมทบทวนกลางปี"));
        const CanvasItem shopee =
            card(v2.id, CanvasBlock::Channels, QStringLiteral("ร้านค้าออนไลน์ Shopee"));
        (void)shopee;

        KsnbRepository ksnb(db());
        KsnbItem knowledge;
        knowledge.planId = plan.id;
        knowledge.kind = KsnbKind::Knowledge;
        knowledge.topic = QStringLiteral("ความรู้เรื่องมาตรฐาน มผช.");
        knowledge.startOn = QDate(2026, 2, 1);
        knowledge.endOn = QDate(2026, 2, 28);
        knowledge.personId = adviser.id;
        knowledge.status = KsnbStatus::Done;
        ksnb.save(knowledge);
        KsnbItem network;
        network.planId = plan.id;
        network.kind = KsnbKind::Network;
        network.topic = QStringLiteral("เครือข่ายร้านของฝากในอำเภอ");
        network.responsible = QStringLiteral("ประธานกลุ่ม");
        network.status = KsnbStatus::Planned;
        ksnb.save(network);

        PlanRepository plans(db());
        PlanStepState design{plan.id,
                             PlanStep::DesignCanvas,
                             StepStatus::Done,
                             QDate(2026, 1, 15),
                             QDate(2026, 1, 31),
                             QStringLiteral("เขียนแคนวาสครบ 9 ช่อง")};
        plans.saveStep(design);
        PlanStepState followUp{
            plan.id, PlanStep::FollowUp, StepStatus::InProgress, QDate(2026, 2, 1), {}, {}};
        plans.saveStep(followUp);
        AttachmentRepository(db()).add(plan.id, PlanStep::DesignCanvas,
                                       QStringLiteral("บันทึกการประชุม.txt"),
                                       QStringLiteral("text/plain; charset=utf-8"), kMinutes);
    }

    QString send(const TempDir& dir) {
        static int n = 0;
        const QString path = dir.path(QStringLiteral("plan-%1.zip").arg(++n));
        exportBundle(db(), {}, path);
        return path;
    }
};

// Cell `column` of data row `row` (1 = header) replaced by `raw`; the plan
// texts hold no comma or quote, so a plain split is enough.
QByteArray setCell(const QByteArray& csv, int row, const char* column, const QByteArray& raw) {
    QList<QByteArray> lines = csv.split('\n');
    const QList<QByteArray> header = lines.at(0).trimmed().split(',');
    const qsizetype index = header.indexOf(QByteArray(column));
    REQUIRE(index >= 0);
    QList<QByteArray> cells = lines.at(row - 1).chopped(1).split(',');
    REQUIRE(cells.size() == header.size());
    cells[index] = raw;
    lines[row - 1] = cells.join(',') + '\r';
    return lines.join('\n');
}

// The first row (1 = header) whose `column` is not empty.
int firstRowWith(const QByteArray& csv, const char* column) {
    const QList<QByteArray> lines = csv.split('\n');
    const qsizetype index = lines.at(0).trimmed().split(',').indexOf(QByteArray(column));
    for (int i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cells = lines.at(i).trimmed().split(',');
        if (cells.size() > index && !cells.at(index).isEmpty())
            return i + 1;
    }
    return 0;
}

}  // namespace

TEST_CASE("A business plan with two versions, links, KSNB, steps and minutes travels whole") {
    PlanVillage village;
    TempDir dir;
    const QString bundle = dir.path(QStringLiteral("plan.zip"));
    const ExportSummary exported =
        exportBundle(village.db(), {{village.plan.organisationId}}, bundle);
    CHECK(rowsIn(exported, "business_plans") == 1);
    CHECK(rowsIn(exported, "business_plan_products") == 1);
    CHECK(rowsIn(exported, "business_plan_versions") == 2);
    CHECK(rowsIn(exported, "business_plan_items") == 27);
    CHECK(rowsIn(exported, "business_plan_links") == 12);
    CHECK(rowsIn(exported, "business_plan_ksnb") == 2);
    CHECK(rowsIn(exported, "business_plan_steps") == 4);
    CHECK(rowsIn(exported, "business_plan_attachments") == 1);
    // The KSNB adviser is no member, yet travels with the plan.
    CHECK(rowsIn(exported, "people") == 1);

    std::unique_ptr<Database> district = emptyFile(dir.path(QStringLiteral("district.thanrak")));
    const ImportSummary first = importBundle(*district, bundle);
    CHECK(first.totals().conflicts == 0);
    CHECK(counts(first, "business_plan_items").added == 27);
    // Everything but the tambon ดู่ลาด and its village, which no one uses.
    CHECK(differences(*district, village.db().path()) ==
          QStringList{QStringLiteral("subdistricts: 1"), QStringLiteral("villages: 1")});
    CHECK(sql::scalar(district->connection(),
                      QStringLiteral("SELECT data FROM business_plan_attachments"))
              .toByteArray() == kMinutes);
    CHECK(count(*district, QStringLiteral("SELECT sum(amount) FROM business_plan_items")) ==
          2 * (18000000 + 6000000 + 1200000));
    CHECK(count(*district,
                QStringLiteral("SELECT count(*) FROM business_plan_items WHERE copied_from IS NOT "
                               "NULL")) == 13);

    const QByteArray after = fingerprint(*district);
    const ImportSummary again = importBundle(*district, bundle);
    CHECK(again.totals().changes() == 0);
    CHECK(again.totals().conflicts == 0);
    CHECK(fingerprint(*district) == after);
}

TEST_CASE("Cards reordered at the source take each other's places on import") {
    PlanVillage village;
    TempDir dir;
    std::unique_ptr<Database> district = emptyFile(dir.path(QStringLiteral("district.thanrak")));
    importBundle(*district, village.send(dir));

    CanvasRepository canvas(village.db());
    const QList<CanvasItem> v2Cards = canvas.items(village.v2.id);
    QString firstValue, secondCost;
    for (const CanvasItem& item : v2Cards) {
        if (item.block == CanvasBlock::ValueProposition && item.position == 1)
            firstValue = item.id;
        if (item.block == CanvasBlock::CostStructure && item.position == 2)
            secondCost = item.id;
    }
    // Swapped, moved to the bottom, and a new card put first, where a card
    // that moves down still sits in the other file.
    REQUIRE(canvas.moveDown(firstValue));
    REQUIRE(canvas.moveUp(secondCost));
    canvas.moveTo(village.sunDried.id, CanvasBlock::ValueProposition, 3);
    CanvasItem gift = village.card(village.v1.id, CanvasBlock::ValueProposition,
                                   QStringLiteral("กล่องของขวัญสำหรับเทศกาล"));
    canvas.moveTo(gift.id, CanvasBlock::ValueProposition, 1);

    const QString reordered = village.send(dir);
    const ImportSummary summary = importBundle(*district, reordered);
    CHECK(summary.totals().conflicts == 0);
    CHECK(counts(summary, "business_plan_items").added == 1);
    CHECK(counts(summary, "business_plan_items").updated >= 4);
    CHECK(differences(*district, village.db().path()) == QStringList());
    CHECK(count(*district, QStringLiteral("SELECT max(position) FROM business_plan_items")) <
          1000000);

    // Imported again: nothing changes.
    const QByteArray after = fingerprint(*district);
    CHECK(importBundle(*district, reordered).totals().changes() == 0);
    CHECK(fingerprint(*district) == after);
}

TEST_CASE("A place still held by a card edited here is refused by name") {
    PlanVillage village;
    TempDir dir;
    std::unique_ptr<Database> district = emptyFile(dir.path(QStringLiteral("district.thanrak")));
    importBundle(*district, village.send(dir));

    // The district fixes the first card's text; the source swaps the first two.
    CanvasItem edited = *CanvasRepository(*district).find(village.sunDried.id);
    edited.text = QStringLiteral("กล้วยตากพลังแสงอาทิตย์ หวานธรรมชาติ");
    CanvasRepository(*district).edit(edited);
    REQUIRE(CanvasRepository(village.db()).moveDown(village.sunDried.id));

    const QByteArray before = fingerprint(*district);
    const ExchangeError error = exchangeError([&] { importBundle(*district, village.send(dir)); });
    CHECK(error.code() == QStringLiteral("bundle.unique"));
    REQUIRE_FALSE(error.problems().isEmpty());
    CHECK(error.problems().front().where().file == QStringLiteral("business_plan_items.csv"));
    CHECK(error.problems().front().where().column == QStringLiteral("position"));
    CHECK(fingerprint(*district) == before);
}

TEST_CASE("A deleted card travels as a tombstone with its links") {
    PlanVillage village;
    TempDir dir;
    std::unique_ptr<Database> district = emptyFile(dir.path(QStringLiteral("district.thanrak")));
    importBundle(*district, village.send(dir));

    // Version 1's drying activity serves a value, and a cost belongs to it.
    REQUIRE(LinkRepository(village.db()).linksOf(village.solarDrying.id).size() == 2);
    CanvasRepository(village.db()).remove(village.solarDrying.id);

    const ImportSummary summary = importBundle(*district, village.send(dir));
    CHECK(summary.totals().conflicts == 0);
    CHECK(counts(summary, "business_plan_items").deleted == 1);
    CHECK(counts(summary, "business_plan_links").deleted == 2);
    CHECK(count(*district, QStringLiteral("SELECT count(*) FROM tombstones WHERE table_name = "
                                          "'business_plan_links'")) == 2);
    CHECK(
        count(*district, QStringLiteral("SELECT count(*) FROM business_plan_items WHERE id = '%1'")
                             .arg(village.solarDrying.id)) == 0);
    CHECK(differences(*district, village.db().path()) == QStringList());
}

TEST_CASE("A deleted plan travels as tombstones and leaves nothing of it behind") {
    PlanVillage village;
    TempDir dir;
    std::unique_ptr<Database> district = emptyFile(dir.path(QStringLiteral("district.thanrak")));
    importBundle(*district, village.send(dir));
    REQUIRE(count(*district, QStringLiteral("SELECT count(*) FROM business_plan_items")) == 27);

    PlanRepository(village.db()).remove(village.plan.id);
    const ImportSummary summary = importBundle(*district, village.send(dir));
    CHECK(summary.totals().conflicts == 0);
    CHECK(counts(summary, "business_plans").deleted == 1);
    CHECK(counts(summary, "business_plan_versions").deleted == 2);
    CHECK(counts(summary, "business_plan_items").deleted == 27);
    CHECK(counts(summary, "business_plan_links").deleted == 12);
    CHECK(counts(summary, "business_plan_attachments").deleted == 1);
    for (const char* table : {"business_plans", "business_plan_products", "business_plan_versions",
                              "business_plan_items", "business_plan_links", "business_plan_ksnb",
                              "business_plan_steps", "business_plan_attachments"})
        CHECK(count(*district,
                    QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) == 0);
    // The adviser and the group stay: only the plan was deleted.
    CHECK(count(*district, QStringLiteral("SELECT count(*) FROM people WHERE id = '%1'")
                               .arg(village.adviser.id)) == 1);
}

TEST_CASE(
    "A malformed amount or a B.E. date in the plan files is refused naming file, row and column") {
    PlanVillage village;
    TempDir dir;
    const QString bundle = village.send(dir);
    std::unique_ptr<Database> district = emptyFile(dir.path(QStringLiteral("district.thanrak")));
    const QByteArray before = fingerprint(*district);
    const auto refused = [&](const QString& file, const char* column, const QByteArray& raw) {
        int row = 0;
        editBundle(bundle, file, [&](QByteArray csv) {
            row = firstRowWith(csv, column);
            REQUIRE(row > 1);
            return setCell(csv, row, column, raw);
        });
        const ExchangeError error = exchangeError([&] { importBundle(*district, bundle); });
        CHECK(error.code() == QStringLiteral("bundle.invalid"));
        REQUIRE_FALSE(error.problems().isEmpty());
        const ErrorLocation where = error.problems().front().where();
        CHECK(where.file == file);
        CHECK(where.row == row);
        CHECK(where.column == QString::fromLatin1(column));
        CHECK(fingerprint(*district) == before);
    };
    SECTION("an amount with three decimals") {
        refused(QStringLiteral("business_plan_items.csv"), "amount", "60000.005");
    }
    SECTION("a negative amount") {
        refused(QStringLiteral("business_plan_items.csv"), "amount", "-60000.00");
    }
    SECTION("a B.E. version date") {
        refused(QStringLiteral("business_plan_versions.csv"), "version_date", "2569-01-15");
    }
    SECTION("a B.E. date a step finished") {
        refused(QStringLiteral("business_plan_steps.csv"), "finished_on", "2569-01-31");
    }
    SECTION("a B.E. KSNB start") {
        refused(QStringLiteral("business_plan_ksnb.csv"), "start_on", "2569-02-01");
    }
}
