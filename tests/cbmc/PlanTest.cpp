#include "PlanFixture.h"

#include "cbmc/AttachmentRepository.h"
#include "cbmc/CbmcRules.h"
#include "cbmc/KsnbRepository.h"
#include "cbmc/LinkRepository.h"
#include "cbmc/PlanFigures.h"
#include "cbmc/VersionRepository.h"
#include "ledger/ChartOfAccounts.h"
#include "ledger/OtherEntries.h"
#include "support/CatchMoney.h"

#include <catch2/catch.hpp>

using namespace thanrak;
using test::PlanFixture;
using test::positions;
using test::texts;

namespace {
QString accountByCode(Database& db, const QString& organisationId, const char* code) {
    for (const Account& a : ChartOfAccounts(db).accounts(organisationId))
        if (a.code == QLatin1String(code))
            return a.id;
    return {};
}
}  // namespace

TEST_CASE("a new plan starts with version 1 and four steps not started", "[cbmc][plans]") {
    PlanFixture f;
    CHECK(f.v1.number == 1);
    CHECK(VersionRepository(f.db()).versions(f.plan.id).size() == 1);
    PlanRepository plans(f.db());
    const QList<PlanStepState> steps = plans.steps(f.plan.id);
    REQUIRE(steps.size() == 4);
    for (const PlanStepState& s : steps) CHECK(s.status == StepStatus::NotStarted);

    const std::optional<BusinessPlanRow> row = plans.find(f.plan.id);
    REQUIRE(row);
    CHECK(row->organisationName == QStringLiteral("กลุ่ม OTOP-001"));
    CHECK(row->subdistrictCode == QStringLiteral("350201"));
    CHECK(row->latestVersionNo == 1);
    CHECK(row->latestVersionDate == QDate(2026, 1, 15));
    CHECK(row->currentStep() == PlanStep::DesignCanvas);
}

TEST_CASE("a plan without a title, organisation or with a B.E. date is refused", "[cbmc][plans]") {
    PlanFixture f;
    const QString before = f.snapshot();
    PlanRepository plans(f.db());
    BusinessPlan empty;
    try {
        plans.create(empty, QDate(2026, 1, 1));
        FAIL("not refused");
    } catch (const ValidationError& e) {
        CHECK(test::fieldsOf(e) ==
              QStringList{QStringLiteral("organisation_id"), QStringLiteral("title")});
    }
    BusinessPlan buddhist{{}, f.plan.organisationId, QStringLiteral("แผนปี 2569"), {}};
    try {
        plans.create(buddhist, QDate(2569, 1, 15));
        FAIL("not refused");
    } catch (const ValidationError& e) {
        CHECK(test::messageOf(e, QStringLiteral("dated")).contains(QStringLiteral("ค.ศ. 2026")));
    }
    CHECK_THROWS_AS(VersionRepository(f.db()).newVersion(f.v1.id, QDate(2569, 6, 1)),
                    ValidationError);
    CHECK(f.snapshot() == before);
}

TEST_CASE("steps move the plan along and the district view shows where each plan is",
          "[cbmc][plans]") {
    PlanFixture f;
    PlanRepository plans(f.db());
    const Organisation fund =
        f.addOrganisation(QStringLiteral("SG-002"), QStringLiteral("35020102"));
    BusinessPlan second{{}, fund.id, QStringLiteral("แผนธุรกิจร้านค้าชุมชน"), {}};
    plans.create(second, QDate(2026, 3, 1));
    VersionRepository(f.db()).newVersion(f.v1.id, QDate(2026, 9, 1));

    plans.saveStep({f.plan.id, PlanStep::DesignCanvas, StepStatus::Done, QDate(2026, 1, 15),
                    QDate(2026, 2, 28), QStringLiteral("ประชุมออกแบบ 3 ครั้ง")});
    plans.saveStep(
        {f.plan.id, PlanStep::FollowUp, StepStatus::InProgress, QDate(2026, 3, 1), {}, {}});

    const QString before = f.snapshot();
    try {
        plans.saveStep({f.plan.id,
                        PlanStep::FollowUp,
                        StepStatus::Done,
                        QDate(2026, 3, 1),
                        QDate(2026, 2, 1),
                        {}});
        FAIL("not refused");
    } catch (const ValidationError& e) {
        CHECK(test::fieldsOf(e) == QStringList{QStringLiteral("finished_on")});
    }
    try {
        plans.saveStep(
            {f.plan.id, PlanStep::FollowUp, StepStatus::InProgress, QDate(2569, 3, 1), {}, {}});
        FAIL("not refused");
    } catch (const ValidationError& e) {
        CHECK(test::fieldsOf(e) == QStringList{QStringLiteral("started_on")});
    }
    CHECK(f.snapshot() == before);

    const QList<BusinessPlanRow> district = plans.list();
    REQUIRE(district.size() == 2);
    // One tambon; by organisation: "กลุ่ม OTOP-001" before "กลุ่ม SG-002".
    const BusinessPlanRow& banana = district[0];
    CHECK(banana.plan.title == f.plan.title);
    CHECK(banana.subdistrictCode == QStringLiteral("350201"));
    CHECK_FALSE(banana.subdistrictName.isEmpty());
    CHECK(banana.latestVersionNo == 2);
    CHECK(banana.status(PlanStep::DesignCanvas) == StepStatus::Done);
    CHECK(banana.status(PlanStep::FollowUp) == StepStatus::InProgress);
    CHECK(banana.status(PlanStep::StudyAndDocument) == StepStatus::NotStarted);
    CHECK(banana.currentStep() == PlanStep::FollowUp);
    CHECK(district[1].organisationName == QStringLiteral("กลุ่ม SG-002"));
    CHECK(district[1].currentStep() == PlanStep::DesignCanvas);

    for (PlanStep step : allPlanSteps())
        plans.saveStep(
            {second.id, step, StepStatus::Done, QDate(2026, 3, 1), QDate(2026, 3, 31), {}});
    CHECK_FALSE(plans.find(second.id)->currentStep().has_value());  // all four done
    CHECK(plans.list({QStringLiteral("350201"), fund.id}).size() == 1);
    CHECK(plans.list({QStringLiteral("350202"), {}}).isEmpty());
}

TEST_CASE("attachments keep their bytes and refuse a file over 10 MB", "[cbmc][attachments]") {
    PlanFixture f;
    AttachmentRepository files(f.db());
    const QByteArray minutes = QByteArrayLiteral("%PDF-1.4 minutes of the canvas meeting");
    const PlanAttachment kept =
        files.add(f.plan.id, PlanStep::DesignCanvas, QStringLiteral("บันทึกการประชุม.pdf"),
                  QStringLiteral("application/pdf"), minutes);
    REQUIRE(files.list(f.plan.id).size() == 1);
    CHECK(files.list(f.plan.id)[0].size == minutes.size());
    CHECK(files.data(kept.id) == minutes);

    const QString before = f.snapshot();
    try {
        files.add(f.plan.id, PlanStep::StudyAndDocument, QStringLiteral("วิดีโอ.mp4"),
                  QStringLiteral("video/mp4"), QByteArray(kMaxAttachmentBytes + 1, 'x'));
        FAIL("not refused");
    } catch (const ValidationError& e) {
        CHECK(test::fieldsOf(e) == QStringList{QStringLiteral("data")});
        CHECK(test::messageOf(e, QStringLiteral("data")).contains(QStringLiteral("10 MB")));
    }
    CHECK_THROWS_AS(files.add(f.plan.id, PlanStep::FollowUp, QStringLiteral("ว่าง.txt"), {}, {}),
                    ValidationError);
    CHECK(f.snapshot() == before);

    files.remove(kept.id);
    CHECK(files.list(f.plan.id).isEmpty());
}

TEST_CASE("KSNB items are saved, edited, refused when they end before they start, and removed",
          "[cbmc][ksnb]") {
    PlanFixture f;
    KsnbRepository ksnb(f.db());
    KsnbItem skill{{},
                   f.plan.id,
                   KsnbKind::Skill,
                   QStringLiteral("การถ่ายภาพสินค้าด้วยมือถือ"),
                   QStringLiteral("อบรม 1 วันที่ศาลาประชาคม"),
                   QDate(2026, 4, 1),
                   QDate(2026, 4, 1),
                   QStringLiteral("พัฒนากรตำบล"),
                   {},
                   KsnbStatus::Planned};
    ksnb.save(skill);
    KsnbItem network{
        {}, f.plan.id, KsnbKind::Network,     QStringLiteral("เครือข่ายกล้วยจังหวัด"), {}, {}, {},
        {}, {},        KsnbStatus::InProgress};
    ksnb.save(network);
    skill.status = KsnbStatus::Done;
    ksnb.save(skill);
    QList<KsnbItem> items = ksnb.list(f.plan.id);
    REQUIRE(items.size() == 2);
    CHECK(items[0].kind == KsnbKind::Skill);  // K, S, N, B order
    CHECK(items[0].status == KsnbStatus::Done);
    CHECK(items[1].kind == KsnbKind::Network);

    const QString before = f.snapshot();
    skill.endOn = QDate(2026, 3, 31);
    try {
        ksnb.save(skill);
        FAIL("not refused");
    } catch (const ValidationError& e) {
        CHECK(test::fieldsOf(e) == QStringList{QStringLiteral("end_on")});
    }
    CHECK(f.snapshot() == before);
    ksnb.remove(network.id);
    CHECK(ksnb.list(f.plan.id).size() == 1);
}

TEST_CASE("actual OTOP sales and the books stand beside the plan's figures", "[cbmc][figures]") {
    PlanFixture f;
    const OtopProduct tea = f.addProduct(QStringLiteral("ชาใบกล้วย"), OtopCategory::Drink);
    f.addSales(f.product.id, 2025, 12, QStringLiteral("shopee"), 50, 2250);  // last year
    f.addSales(f.product.id, 2026, 1, QStringLiteral("shopee"), 120, 5400);
    f.addSales(f.product.id, 2026, 6, QStringLiteral("fair"), 300, 13500);
    f.addSales(tea.id, 2026, 3, QStringLiteral("lazada"), 40, 6000);  // not in the plan
    PlanRepository(f.db()).setProducts(f.plan.id, {f.product.id});

    PlanActuals actuals = planActuals(f.db(), f.plan.id, 2026);
    REQUIRE(actuals.products.size() == 1);
    CHECK(actuals.products[0].productName == QStringLiteral("กล้วยตากหนองบัว"));
    CHECK(actuals.products[0].sales == Money::fromBaht(18900));  // 5,400 + 13,500
    CHECK(actuals.products[0].quantity == 420);
    CHECK(actuals.productSales == Money::fromBaht(18900));
    CHECK_FALSE(actuals.keepsBooks);

    // With books: 2,000.00 other income in cash, then 350.00 of stationery.
    ChartOfAccounts(f.db()).installDefault(f.plan.organisationId);
    OtherEntries entries(f.db(), test::otopToday());
    entries.record({f.plan.organisationId, QDate(2026, 5, 10), OtherEntryKind::Income,
                    accountByCode(f.db(), f.plan.organisationId, "4109"), Money::fromBaht(2000),
                    MoneyChannel::Cash, QStringLiteral("ค่าสาธิตการแปรรูป")});
    entries.record({f.plan.organisationId, QDate(2026, 5, 11), OtherEntryKind::Expense,
                    accountByCode(f.db(), f.plan.organisationId, "5101"), Money::fromBaht(350),
                    MoneyChannel::Cash, QStringLiteral("ซื้อสมุดบัญชี")});
    actuals = planActuals(f.db(), f.plan.id, 2026);
    CHECK(actuals.keepsBooks);
    CHECK(actuals.bookIncome == Money::fromBaht(2000));
    CHECK(actuals.bookExpense == Money::fromBaht(350));
    CHECK(actuals.bookProfit() == Money::fromBaht(1650));
    CHECK(planActuals(f.db(), f.plan.id, 2025).bookIncome.isZero());
}

TEST_CASE("a plan's title, notes and products are edited after it is made", "[cbmc][plans]") {
    PlanFixture f;
    PlanRepository plans(f.db());
    const OtopProduct tea = f.addProduct(QStringLiteral("ชาใบกล้วย"), OtopCategory::Drink);
    plans.setProducts(f.plan.id, {f.product.id});

    BusinessPlan edited = f.plan;
    edited.title = QStringLiteral("  แผนธุรกิจกล้วยตากและชาใบกล้วย  ");
    edited.notes = QStringLiteral("ทบทวนหลังงาน OTOP City");
    plans.save(edited, QStringList{tea.id, f.product.id});
    const std::optional<BusinessPlanRow> row = plans.find(f.plan.id);
    REQUIRE(row);
    CHECK(row->plan.title == QStringLiteral("แผนธุรกิจกล้วยตากและชาใบกล้วย"));
    CHECK(row->plan.notes == QStringLiteral("ทบทวนหลังงาน OTOP City"));
    CHECK(plans.products(f.plan.id).size() == 2);

    const QString before = f.snapshot();
    edited.title = QStringLiteral("   ");
    try {
        plans.save(edited);
        FAIL("not refused");
    } catch (const ValidationError& e) {
        CHECK(test::fieldsOf(e) == QStringList{QStringLiteral("title")});
    }
    // A product that is gone refuses the whole save: the new title stays unsaved.
    edited.title = QStringLiteral("แผนชาใบกล้วย");
    CHECK_THROWS_AS(plans.save(edited, QStringList{tea.id, QStringLiteral("no-such-product")}),
                    ValidationError);
    CHECK(f.snapshot() == before);
}

TEST_CASE("deleting a plan takes every row it holds and leaves a tombstone for each",
          "[cbmc][plans]") {
    PlanFixture f;
    PlanRepository plans(f.db());
    // A second plan of the same group stays whole.
    BusinessPlan other{{}, f.plan.organisationId, QStringLiteral("แผนชาใบกล้วย"), {}};
    const PlanVersion otherV1 = plans.create(other, QDate(2026, 2, 1));
    f.card(CanvasBlock::ValueProposition, QStringLiteral("ชาหอม"), {}, otherV1.id);

    const CanvasItem value = f.card(CanvasBlock::ValueProposition, QStringLiteral("กล้วยตากไม่ใส่น้ำตาล"));
    const CanvasItem drying = f.card(CanvasBlock::KeyActivities, QStringLiteral("อบกล้วย"));
    CanvasLink serves{{}, drying.id, value.id};
    LinkRepository(f.db()).add(serves);
    const PlanVersion v2 = VersionRepository(f.db()).newVersion(f.v1.id, QDate(2026, 6, 1));
    KsnbItem skill{{}, f.plan.id, KsnbKind::Skill, QStringLiteral("ถ่ายภาพสินค้า"), {}, {}, {}, {}, {},
                   KsnbStatus::Planned};
    KsnbRepository(f.db()).save(skill);
    AttachmentRepository(f.db()).add(f.plan.id, PlanStep::DesignCanvas, QStringLiteral("minutes.pdf"),
                                     QStringLiteral("application/pdf"), QByteArrayLiteral("%PDF-1.4"));
    plans.setProducts(f.plan.id, {f.product.id});

    // 2 versions, 2 cards in each, 1 link in each, 4 steps, 1 KSNB, 1 file, 1 product, the plan.
    const PlanContents held = plans.contents(f.plan.id);
    CHECK(held.versions == 2);
    CHECK(held.cards == 4);
    CHECK(held.ksnbItems == 1);
    CHECK(held.attachments == 1);
    CHECK(LinkRepository(f.db()).links(v2.id).size() == 1);

    const auto count = [&](const QString& sqlText) {
        return sql::scalar(f.db().connection(), sqlText).toInt();
    };
    const int tombstonesBefore = count(QStringLiteral("SELECT COUNT(*) FROM tombstones"));
    plans.remove(f.plan.id);
    CHECK_FALSE(plans.find(f.plan.id));
    CHECK(plans.list().size() == 1);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM business_plan_items")) == 1);  // the tea card
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM business_plan_steps")) == 4);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM business_plan_links")) == 0);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM tombstones")) - tombstonesBefore ==
          2 + 4 + 2 + 1 + 4 + 1 + 1 + 1);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM tombstones WHERE table_name = "
                               "'business_plans'")) == 1);

    const QString before = f.snapshot();
    try {
        plans.remove(f.plan.id);
        FAIL("not refused");
    } catch (const ValidationError& e) {
        CHECK(test::fieldsOf(e) == QStringList{QStringLiteral("plan_id")});
    }
    CHECK(f.snapshot() == before);
}

TEST_CASE("a KSNB item names its registered person, the name as typed, or both", "[cbmc][ksnb]") {
    PlanFixture f;
    const Person adviser = f.addPerson(QStringLiteral("สมศรี"), QStringLiteral("ใจงาม"),
                                       test::validId(7), QStringLiteral("35020102"));
    KsnbRepository ksnb(f.db());
    KsnbItem knowledge{{}, f.plan.id, KsnbKind::Knowledge, QStringLiteral("มาตรฐาน อย."), {}, {}, {},
                       {}, adviser.id, KsnbStatus::Planned};
    ksnb.save(knowledge);
    KsnbItem network{{}, f.plan.id, KsnbKind::Network, QStringLiteral("เครือข่ายกล้วยจังหวัด"), {},
                     {}, {}, QStringLiteral("พัฒนากรตำบล"), {}, KsnbStatus::Planned};
    ksnb.save(network);
    KsnbItem both = knowledge;
    both.id.clear();
    both.kind = KsnbKind::BusinessModel;
    both.responsible = QStringLiteral("ประธานกลุ่ม");
    ksnb.save(both);

    const QList<KsnbItem> items = ksnb.list(f.plan.id);
    REQUIRE(items.size() == 3);
    CHECK(adviser.title == QStringLiteral("นาง"));
    CHECK(items[0].personName == QStringLiteral("นางสมศรี ใจงาม"));
    CHECK(items[0].responsibleLabel() == QStringLiteral("นางสมศรี ใจงาม"));
    CHECK(items[1].responsibleLabel() == QStringLiteral("พัฒนากรตำบล"));
    CHECK(items[2].responsibleLabel() == QStringLiteral("นางสมศรี ใจงาม · ประธานกลุ่ม"));

    const QString before = f.snapshot();
    KsnbItem stranger = network;
    stranger.personId = QStringLiteral("no-such-person");
    try {
        ksnb.save(stranger);
        FAIL("not refused");
    } catch (const ValidationError& e) {
        CHECK(test::fieldsOf(e) == QStringList{QStringLiteral("person_id")});
    }
    CHECK(f.snapshot() == before);
}
