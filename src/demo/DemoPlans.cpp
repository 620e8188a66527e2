#include "demo/DemoPlans.h"

#include "cbmc/AttachmentRepository.h"
#include "cbmc/CanvasRepository.h"
#include "cbmc/KsnbRepository.h"
#include "cbmc/LinkRepository.h"
#include "cbmc/PlanRepository.h"
#include "cbmc/VersionRepository.h"
#include "demo/DemoSavingsSetup.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <random>

namespace thanrak::demo {

namespace {

struct GroupProduct {
    QString id;
    QString name;
    QString unit;
    qint64 priceSatang = 0;
    int monthlyCapacity = 0;
};

struct PlanGroup {
    QString organisationId;
    QString producerName;
    QString villageName;
    QString category;  // as stored: "food", "drink", ...
    QList<GroupProduct> products;
};

// The first OTOP community group of each tambon that works under a savings
// group, with its products.
QList<PlanGroup> planGroups(Database& database) {
    QSqlDatabase& db = database.connection();
    QList<PlanGroup> groups;
    QSet<QString> tambons;
    QSqlQuery producers = sql::run(
        db, QStringLiteral(
                "SELECT p.id, p.organisation_id, p.name, v.name_th, substr(p.village_code, 1, 6) "
                "FROM otop_producers p JOIN villages v ON v.code = p.village_code "
                "WHERE p.organisation_id IS NOT NULL ORDER BY p.registration_no, p.id"));
    while (producers.next()) {
        const QString tambon = producers.value(4).toString();
        if (tambons.contains(tambon))
            continue;
        PlanGroup group;
        group.organisationId = producers.value(1).toString();
        group.producerName = producers.value(2).toString();
        group.villageName = producers.value(3).toString();
        QSqlQuery products = sql::run(
            db,
            QStringLiteral(
                "SELECT id, name, unit, price, monthly_capacity, category FROM otop_products "
                "WHERE producer_id = ? ORDER BY price DESC, name"),
            {producers.value(0)});
        while (products.next()) {
            group.products.append({products.value(0).toString(), products.value(1).toString(),
                                   products.value(2).toString(), products.value(3).toLongLong(),
                                   products.value(4).toInt()});
            if (group.category.isEmpty())
                group.category = products.value(5).toString();
        }
        if (group.products.isEmpty())
            continue;
        tambons.insert(tambon);
        groups.append(group);
    }
    return groups;
}

// What the group's canvas says that depends on what it makes.
struct CategoryWords {
    const char* values[3];
    const char* customer;
    const char* production;
    const char* partner;
    const char* material;
};

CategoryWords wordsFor(const QString& category) {
    if (category == QLatin1String("drink"))
        return {{"ผลไม้และสมุนไพรสดจากสวนสมาชิก ไม่ใส่สารกันเสีย", "รสชาติพื้นบ้านที่คนในอำเภอคุ้นเคย",
                 "ขวดพร้อมฉลากบอกแหล่งที่มาของวัตถุดิบ"},
                "โรงเรียนและโรงพยาบาลส่งเสริมสุขภาพตำบล",
                "ต้มและบรรจุขวดในโรงเรือนของกลุ่มตามหลัก GMP",
                "สาธารณสุขอำเภอ ช่วยยื่นขอเลข อย.",
                "ค่าผลไม้ สมุนไพร และน้ำตาล"};
    if (category == QLatin1String("textile"))
        return {{"ทอมือด้วยกี่พื้นบ้าน ลายเฉพาะของหมู่บ้าน", "ย้อมสีธรรมชาติ ไม่ตกสี", "มีป้ายเล่าเรื่องลายผ้าและชื่อผู้ทอ"},
                "ข้าราชการที่ใส่ผ้าพื้นเมืองทุกวันศุกร์",
                "ทอผ้าและย้อมสีตามคำสั่งซื้อ",
                "ศูนย์หม่อนไหมเฉลิมพระเกียรติ ช่วยอบรมลายใหม่",
                "ค่าเส้นฝ้ายเส้นไหมและสีย้อม"};
    if (category == QLatin1String("household"))
        return {{"งานฝีมือจากวัสดุธรรมชาติในชุมชน", "แข็งแรง ใช้ได้นานหลายปี", "ออกแบบให้ใช้ในบ้านสมัยใหม่ได้"},
                "ร้านของแต่งบ้านและรีสอร์ตในจังหวัด",
                "จักสานและประกอบชิ้นงานที่ศาลาประชาคม",
                "มหาวิทยาลัยราชภัฏ ช่วยออกแบบลวดลายใหม่",
                "ค่าไม้ไผ่ กก ดิน และวัสดุประกอบ"};
    if (category == QLatin1String("herbal"))
        return {{"สมุนไพรปลูกเองในแปลงรวม ไม่ใช้สารเคมี", "สูตรหมอพื้นบ้านประจำตำบล",
                 "ได้เลขจดแจ้งเครื่องสำอางและฉลากครบถ้วน"},
                "ร้านนวดแผนไทยและสปาในตัวจังหวัด",
                "ปลูก เก็บ ตาก และเคี่ยวสมุนไพรตามสูตร",
                "โรงพยาบาลการแพทย์แผนไทย ช่วยตรวจสูตรและความสะอาด",
                "ค่าสมุนไพร น้ำมัน และขวดบรรจุ"};
    return {{"วัตถุดิบปลอดสารจากนาและสวนของสมาชิก", "สูตรดั้งเดิมของหมู่บ้าน รสชาติไม่เปลี่ยน",
             "บรรจุภัณฑ์สะอาด มีเลข อย. และวันหมดอายุ"},
            "ร้านค้าชุมชนและร้านธงฟ้าในอำเภอ",
            "แปรรูปและบรรจุในโรงเรือนของกลุ่มตามหลัก GMP",
            "สาธารณสุขอำเภอ ช่วยยื่นขอเลข อย.",
            "ค่าวัตถุดิบหลักที่รับซื้อจากสมาชิก"};
}

struct Card {
    CanvasBlock block;
    QString tag;  // for links
    QString text;
    qint64 satang = -1;  // revenue and cost cards only
};

qint64 roundedBaht(double satang) {
    return static_cast<qint64>(satang / 100000.0 + 0.5) * 100000;  // to the thousand baht
}

QList<Card> canvasCards(std::mt19937& rng, const PlanGroup& group) {
    const CategoryWords words = wordsFor(group.category);
    using B = CanvasBlock;
    QList<Card> cards;
    const GroupProduct& main = group.products.front();
    cards << Card{B::ValueProposition, QStringLiteral("v1"), QString::fromUtf8(words.values[0])}
          << Card{B::ValueProposition, QStringLiteral("v2"), QString::fromUtf8(words.values[1])}
          << Card{B::ValueProposition, QStringLiteral("v3"), QString::fromUtf8(words.values[2])}
          << Card{B::ValueProposition, QStringLiteral("v4"),
                  QStringLiteral("%1 ทำโดยสมาชิก%2").arg(main.name, group.villageName)};
    cards << Card{B::CustomerSegments, QStringLiteral("c1"),
                  QStringLiteral("นักท่องเที่ยวที่แวะซื้อของฝาก")}
          << Card{B::CustomerSegments, QStringLiteral("c2"), QString::fromUtf8(words.customer)}
          << Card{B::CustomerSegments, QStringLiteral("c3"), QStringLiteral("ร้านของฝากในตัวจังหวัด")}
          << Card{B::CustomerSegments, QStringLiteral("c4"),
                  QStringLiteral("คนในหมู่บ้านที่ซื้อไปฝากญาติ")};
    cards << Card{B::Channels, QStringLiteral("h1"), QStringLiteral("เพจเฟซบุ๊กของกลุ่ม")}
          << Card{B::Channels, QStringLiteral("h2"),
                  QStringLiteral("ออกบูธงาน OTOP และงานกาชาดจังหวัด")}
          << Card{B::Channels, QStringLiteral("h3"), QStringLiteral("ฝากขายที่ร้านค้าชุมชน")};
    cards << Card{B::CustomerRelationships, QStringLiteral("r1"),
                  QStringLiteral("บัตรสะสมแต้ม ซื้อครบ 10 แถม 1")}
          << Card{B::CustomerRelationships, QStringLiteral("r2"),
                  QStringLiteral("ให้ชิมหรือทดลองใช้ที่หน้าบูธ")}
          << Card{B::CustomerRelationships, QStringLiteral("r3"),
                  QStringLiteral("ไลน์กลุ่มลูกค้าประจำ แจ้งของใหม่ทุกเดือน")}
          << Card{B::CustomerRelationships, QStringLiteral("r4"),
                  QStringLiteral("เปลี่ยนสินค้าให้ทันทีถ้าชำรุด")};
    // A year's sales at half to three quarters of what the group can make.
    qint64 revenue = 0;
    for (int i = 0; i < group.products.size() && i < 2; ++i) {
        const GroupProduct& product = group.products.at(i);
        const int share = draw(rng, 50, 75);
        const int units = std::max(12, product.monthlyCapacity * 12 * share / 100 / 10 * 10);
        const qint64 amount = roundedBaht(double(product.priceSatang) * units);
        revenue += amount;
        cards << Card{
            B::RevenueStreams, QStringLiteral("i%1").arg(i + 1),
            QStringLiteral("ขาย%1 ปีละ %2 %3").arg(product.name).arg(units).arg(product.unit),
            amount};
    }
    const qint64 wholesale = roundedBaht(double(revenue) * draw(rng, 15, 25) / 100.0);
    cards << Card{B::RevenueStreams, QStringLiteral("i4"),
                  QStringLiteral("ขายส่งให้ร้านของฝากในจังหวัด"), wholesale};
    revenue += wholesale;
    const qint64 orders = roundedBaht(double(revenue) * draw(rng, 5, 10) / 100.0);
    revenue += orders;
    cards << Card{B::RevenueStreams, QStringLiteral("i3"),
                  QStringLiteral("รับทำของที่ระลึกตามสั่งให้หน่วยงานราชการ"), orders};
    cards << Card{B::KeyActivities, QStringLiteral("a1"), QString::fromUtf8(words.production)}
          << Card{B::KeyActivities, QStringLiteral("a2"),
                  QStringLiteral("ถ่ายภาพสินค้าและโพสต์ขายทุกสัปดาห์")}
          << Card{B::KeyActivities, QStringLiteral("a3"), QStringLiteral("ออกบูธงานประจำปีของจังหวัด")}
          << Card{B::KeyActivities, QStringLiteral("a4"), QStringLiteral("ทำบัญชีรับจ่ายของกลุ่มทุกเดือน")};
    cards << Card{B::KeyResources, QStringLiteral("s1"), QStringLiteral("วัตถุดิบจากนาและสวนของสมาชิก")}
          << Card{B::KeyResources, QStringLiteral("s2"),
                  QStringLiteral("ศาลาประชาคมที่ว่างในวันธรรมดา")}
          << Card{B::KeyResources, QStringLiteral("s3"),
                  QStringLiteral("เงินสัจจะของกลุ่มออมทรัพย์ให้กู้ซื้อวัตถุดิบ")}
          << Card{B::KeyResources, QStringLiteral("s4"), QStringLiteral("ผู้สูงอายุที่มีฝีมือและมีเวลาว่าง")};
    cards << Card{B::KeyPartners, QStringLiteral("p1"),
                  QStringLiteral("พัฒนาชุมชนอำเภอ ช่วยหาตลาดและที่ออกบูธ")}
          << Card{B::KeyPartners, QStringLiteral("p2"), QString::fromUtf8(words.partner)}
          << Card{B::KeyPartners, QStringLiteral("p3"),
                  QStringLiteral("มหาวิทยาลัยราชภัฏ ช่วยออกแบบบรรจุภัณฑ์")};
    // The necessary costs, as shares of the revenue.
    const struct {
        const char* tag;
        QString text;
        int percent;
    } costs[] = {{"k1", QString::fromUtf8(words.material), draw(rng, 30, 40)},
                 {"k2", QStringLiteral("ค่าบรรจุภัณฑ์และฉลาก"), draw(rng, 8, 12)},
                 {"k3", QStringLiteral("ค่าแรงสมาชิกที่มาช่วยผลิต"), draw(rng, 18, 25)},
                 {"k4", QStringLiteral("ค่าเช่าบูธและค่าเดินทางไปงาน"), draw(rng, 3, 6)},
                 {"k5", QStringLiteral("ค่าไฟฟ้าและแก๊สหุงต้ม"), draw(rng, 2, 4)}};
    for (const auto& cost : costs)
        cards << Card{B::CostStructure, QString::fromLatin1(cost.tag), cost.text,
                      roundedBaht(double(revenue) * cost.percent / 100.0)};
    return cards;
}

// From the card that does something to the card it does it for (linkAllowed):
// activities serve blocks 1-4, costs belong to activities, resources and
// partners lower costs.
const QList<QPair<const char*, const char*>>& canvasLinks() {
    static const QList<QPair<const char*, const char*>> links = {
        {"a1", "v1"}, {"a1", "v2"}, {"a2", "h1"}, {"a2", "c1"}, {"a3", "h2"}, {"a3", "r2"},
        {"k1", "a1"}, {"k2", "a1"}, {"k3", "a1"}, {"k4", "a3"}, {"k5", "a1"}, {"s1", "k1"},
        {"s2", "k5"}, {"s3", "k1"}, {"s4", "k3"}, {"p1", "k4"}, {"p3", "k2"},
    };
    return links;
}

QByteArray minutes(const PlanGroup& group, const QDate& day) {
    const QString text = QStringLiteral(
                             "บันทึกการประชุม%1\n"
                             "เรื่อง ออกแบบแผนธุรกิจชุมชนด้วยแคนวาสชุมชน 9 ช่อง\n"
                             "วันที่ %2/%3/%4 ณ ศาลาประชาคม%5\n\n"
                             "1. ที่ประชุมช่วยกันเขียนจุดขายของ%6 และกลุ่มลูกค้าเป้าหมาย\n"
                             "2. ทบทวนต้นทุนวัตถุดิบ ค่าบรรจุภัณฑ์ และรายได้ที่คาดว่าจะได้ในปีนี้\n"
                             "3. มอบหมายประธานกลุ่มติดต่อพัฒนาชุมชนอำเภอเรื่องการออกบูธ\n"
                             "4. นัดประชุมติดตามแผนครั้งต่อไปในเดือนหน้า\n\n"
                             "ปิดประชุมเวลา 16.00 น.\n")
                             .arg(group.producerName)
                             .arg(day.day())
                             .arg(day.month())
                             .arg(day.year() + 543)
                             .arg(group.villageName, group.products.front().name);
    return text.toUtf8();
}

}  // namespace

PlanCounts addBusinessPlans(Database& database, quint32 seed, const QDate& today) {
    std::mt19937 rng(seed + 97);
    PlanCounts counts;
    PlanRepository plans(database);
    VersionRepository versions(database);
    CanvasRepository canvas(database);
    LinkRepository links(database);
    KsnbRepository ksnb(database);
    AttachmentRepository attachments(database);
    const QList<PlanGroup> groups = planGroups(database);
    for (int g = 0; g < groups.size(); ++g) {
        const PlanGroup& group = groups.at(g);
        // Designed between 8 and 20 months ago.
        const QDate designed = today.addMonths(-20 + (g * 3) % 13).addDays(-draw(rng, 0, 20));
        BusinessPlan plan;
        plan.organisationId = group.organisationId;
        plan.title = QStringLiteral("แผนธุรกิจชุมชน %1").arg(group.producerName);
        plan.notes = QStringLiteral("จัดทำร่วมกับพัฒนากรประจำตำบล");
        const PlanVersion v1 = plans.create(plan, designed);
        ++counts.plans;
        ++counts.versions;
        QStringList productIds;
        for (const GroupProduct& product : group.products) productIds << product.id;
        plans.setProducts(plan.id, productIds);

        QHash<QString, QString> ids;  // tag -> card id of version 1
        for (const Card& card : canvasCards(rng, group)) {
            CanvasItem item;
            item.versionId = v1.id;
            item.block = card.block;
            item.text = card.text;
            if (card.satang >= 0)
                item.amount = Money::fromSatang(card.satang);
            canvas.add(item);
            ids.insert(card.tag, item.id);
            ++counts.items;
        }
        for (const auto& [from, to] : canvasLinks()) {
            CanvasLink link{
                {}, ids.value(QString::fromLatin1(from)), ids.value(QString::fromLatin1(to))};
            links.add(link);
            ++counts.links;
        }

        // Reviewed half a year later: sales went better, the group sells
        // online now and stopped the loyalty cards.
        const QDate reviewed = designed.addMonths(6);
        if (g % 3 != 2 && reviewed <= today) {
            const PlanVersion v2 =
                versions.newVersion(v1.id, reviewed, QStringLiteral("ทบทวนแผนหลังขายครบครึ่งปี"));
            ++counts.versions;
            QHash<QString, CanvasItem> copies;  // copied_from -> card of version 2
            for (const CanvasItem& item : canvas.items(v2.id)) copies.insert(item.copiedFrom, item);
            counts.items += static_cast<int>(copies.size());
            counts.links += static_cast<int>(links.links(v2.id).size());
            CanvasItem sales = copies.value(ids.value(QStringLiteral("i1")));
            sales.amount = Money::fromSatang(roundedBaht(double(sales.amount->satang()) * 1.15));
            canvas.edit(sales);
            CanvasItem online;
            online.versionId = v2.id;
            online.block = CanvasBlock::Channels;
            online.text = QStringLiteral("ร้านค้าออนไลน์ Shopee และ Lazada");
            canvas.add(online);
            canvas.moveTo(online.id, CanvasBlock::Channels, 2);
            ++counts.items;
            CanvasLink posting{{}, copies.value(ids.value(QStringLiteral("a2"))).id, online.id};
            links.add(posting);
            ++counts.links;
            canvas.remove(copies.value(ids.value(QStringLiteral("r1"))).id);
            --counts.items;
        }

        // Capacity building: one item of each kind at different stages.
        const QString chair =
            sql::scalar(
                database.connection(),
                QStringLiteral("SELECT person_id FROM committee_terms WHERE organisation_id = ? "
                               "ORDER BY term_start, person_id LIMIT 1"),
                {group.organisationId})
                .toString();
        const struct {
            KsnbKind kind;
            QString topic;
            QString activity;
            int startMonths;
            KsnbStatus status;
        } items[] = {
            {KsnbKind::Knowledge, QStringLiteral("มาตรฐานผลิตภัณฑ์ชุมชนและการขอ มผช."),
             QStringLiteral("อบรม 1 วันที่สำนักงานพัฒนาชุมชนอำเภอ"), 1, KsnbStatus::Done},
            {KsnbKind::Skill, QStringLiteral("ถ่ายภาพสินค้าและขายออนไลน์"),
             QStringLiteral("ฝึกปฏิบัติกับเยาวชนในหมู่บ้าน"), 3,
             g % 2 == 0 ? KsnbStatus::Done : KsnbStatus::InProgress},
            {KsnbKind::Network, QStringLiteral("เครือข่ายผู้ผลิต OTOP ระดับอำเภอ"),
             QStringLiteral("ศึกษาดูงานกลุ่มที่ได้ 5 ดาว"), 6,
             g % 3 == 0 ? KsnbStatus::InProgress : KsnbStatus::Planned},
            {KsnbKind::BusinessModel, QStringLiteral("การคิดต้นทุนและตั้งราคาขาย"),
             QStringLiteral("ทำบัญชีต้นทุนร่วมกับพัฒนากร"), 9,
             g % 4 == 3 ? KsnbStatus::Cancelled : KsnbStatus::Planned},
        };
        for (const auto& entry : items) {
            KsnbItem item;
            item.planId = plan.id;
            item.kind = entry.kind;
            item.topic = entry.topic;
            item.activity = entry.activity;
            item.status = entry.status;
            item.startOn = designed.addMonths(entry.startMonths);
            item.endOn = item.startOn.addDays(draw(rng, 1, 45));
            if (entry.kind == KsnbKind::Knowledge && !chair.isEmpty())
                item.personId = chair;
            else
                item.responsible = entry.kind == KsnbKind::Network
                                       ? QStringLiteral("พัฒนากรประจำตำบล")
                                       : QStringLiteral("ประธานกลุ่ม");
            ksnb.save(item);
            ++counts.ksnb;
        }

        // The four steps: `done` of them finished, the next one under way.
        const int done = g % 5;
        QDate start = designed.addDays(-21);
        for (PlanStep step : allPlanSteps()) {
            const int number = stepNumber(step);
            PlanStepState state{plan.id, step, StepStatus::NotStarted, {}, {}, {}};
            if (number <= done || number == done + 1) {
                state.startedOn = std::min(start, today);
                state.status = StepStatus::InProgress;
            }
            if (number <= done) {
                state.finishedOn = std::min(start.addDays(number == 1 ? 21 : 45), today);
                state.status = StepStatus::Done;
                state.notes = number == 1 ? QStringLiteral("เขียนแคนวาสครบ 9 ช่องในเวทีประชาคม")
                                          : QStringLiteral("เสร็จตามแผน");
            }
            if (state.status != StepStatus::NotStarted)
                plans.saveStep(state);
            start = start.addDays(60);
        }
        if (g % 2 == 0) {
            attachments.add(plan.id, PlanStep::DesignCanvas, QStringLiteral("บันทึกการประชุม.txt"),
                            QStringLiteral("text/plain; charset=utf-8"), minutes(group, designed),
                            QStringLiteral("บันทึกเวทีออกแบบแคนวาส"));
            ++counts.attachments;
        }
    }
    return counts;
}

}  // namespace thanrak::demo
