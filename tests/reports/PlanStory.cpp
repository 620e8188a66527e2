#include "reports/PlanStory.h"

#include "cbmc/AttachmentRepository.h"
#include "cbmc/CanvasRepository.h"
#include "cbmc/KsnbRepository.h"
#include "cbmc/LinkRepository.h"
#include "cbmc/PlanRepository.h"
#include "cbmc/VersionRepository.h"

#include <QHash>

namespace thanrak::test {

namespace {
struct Card {
    CanvasBlock block;
    const char* text;
    qint64 satang;  // 0: no amount
};

// Version 2's cards, by block in the order the repository numbers them.
const Card kCards[] = {
    {CanvasBlock::ValueProposition, "กล้วยตากหวานธรรมชาติ ไม่ใส่น้ำตาล ตากในโรงอบพลังแสงอาทิตย์", 0},
    {CanvasBlock::ValueProposition, "ของฝากจากชุมชนที่มีเรื่องราวของแม่บ้านโนนสูง", 0},
    {CanvasBlock::CustomerSegments, "นักท่องเที่ยวที่แวะตลาดชุมชนวันเสาร์", 0},
    {CanvasBlock::CustomerSegments, "ร้านของฝากในตัวจังหวัด", 0},
    {CanvasBlock::Channels, "เพจเฟซบุ๊กของกลุ่มและไลฟ์ขายทุกวันศุกร์", 0},
    {CanvasBlock::Channels, "ออกร้านงาน OTOP ของจังหวัด", 0},
    {CanvasBlock::CustomerRelationships, "สะสมแต้ม ซื้อครบ 10 ถุงแถม 1 ถุง", 0},
    {CanvasBlock::RevenueStreams, "ขายปลีกที่ตลาดชุมชน", 3600000},
    {CanvasBlock::RevenueStreams, "ส่งร้านของฝากในตัวจังหวัด", 1250050},
    {CanvasBlock::KeyActivities, "ผลิตกล้วยตากสัปดาห์ละสองครั้ง", 0},
    {CanvasBlock::KeyActivities, "ถ่ายรูปและโพสต์ขายในเพจ", 0},
    {CanvasBlock::KeyResources, "โรงอบพลังแสงอาทิตย์ที่ใช้ไม่ถึงครึ่งเดือน", 0},
    {CanvasBlock::KeyResources, "สมาชิกผู้สูงอายุที่มีเวลาว่าง", 0},
    {CanvasBlock::KeyPartners, "สำนักงานพัฒนาชุมชนอำเภอช่วยออกแบบบรรจุภัณฑ์", 0},
    {CanvasBlock::CostStructure, "ซื้อกล้วยน้ำว้าจากสวนสมาชิก", 900000},
    {CanvasBlock::CostStructure, "ถุงซิปล็อกและฉลาก", 425025},
};

CanvasItem addCard(Database& db, const QString& versionId, CanvasBlock block, const QString& text,
                   qint64 satang) {
    CanvasItem item;
    item.versionId = versionId;
    item.block = block;
    item.text = text;
    if (satang != 0)
        item.amount = Money::fromSatang(satang);
    CanvasRepository(db).add(item);
    return item;
}

void link(Database& db, const QHash<QString, QString>& ids, const char* from, const char* to) {
    CanvasLink l{{}, ids.value(QString::fromLatin1(from)), ids.value(QString::fromLatin1(to))};
    LinkRepository(db).add(l);
}

void addSteps(Database& db, const QString& planId) {
    PlanRepository plans(db);
    plans.saveStep({planId, PlanStep::DesignCanvas, StepStatus::Done, QDate(2026, 1, 15),
                    QDate(2026, 2, 28), QStringLiteral("ประชุมกลุ่มวาดแคนวาสสองครั้ง")});
    plans.saveStep({planId,
                    PlanStep::FollowUp,
                    StepStatus::InProgress,
                    QDate(2026, 3, 1),
                    {},
                    QStringLiteral("พัฒนากรติดตามทุกเดือน")});
    AttachmentRepository(db).add(planId, PlanStep::DesignCanvas, QStringLiteral("แคนวาสครั้งที่1.jpg"),
                                 QStringLiteral("image/jpeg"),
                                 QByteArray("\xFF\xD8\xFF\xE0 photo"));
}

void addKsnb(Database& db, const QString& planId) {
    KsnbRepository ksnb(db);
    KsnbItem knowledge{{},
                       planId,
                       KsnbKind::Knowledge,
                       QStringLiteral("การตลาดออนไลน์"),
                       QStringLiteral("อบรมการไลฟ์ขายสินค้า"),
                       QDate(2026, 2, 10),
                       QDate(2026, 2, 10),
                       QStringLiteral("นางสาวพัฒนา ชุมชน"),
                       {},
                       KsnbStatus::Done};
    ksnb.save(knowledge);
    KsnbItem skill{{},
                   planId,
                   KsnbKind::Skill,
                   QStringLiteral("บรรจุภัณฑ์"),
                   QStringLiteral("ฝึกออกแบบฉลากกับภาคี"),
                   QDate(2026, 4, 1),
                   QDate(2026, 4, 30),
                   QStringLiteral("นายสมชาย ใจดี"),
                   {},
                   KsnbStatus::Planned};
    ksnb.save(skill);
}
}  // namespace

QString longCardText(int number) {
    return QStringLiteral(
               "กิจกรรมที่ %1 ประชุมสมาชิกเพื่อวางแผนการผลิตและแบ่งงานกันทำ "
               "ตั้งแต่รับกล้วยจากสวน ปอก ตาก บรรจุ จนถึงส่งร้านค้า")
        .arg(number);
}

PlanStory addPlanStory(DomainFixture& f, const QString& organisationId,
                       const QStringList& productIds) {
    Database& db = f.db();
    BusinessPlan plan{{},
                      organisationId,
                      QStringLiteral("กล้วยตากโนนสูงสู่ตลาดของฝาก"),
                      QStringLiteral("แผนปีแรกของกลุ่ม")};
    PlanRepository plans(db);
    const PlanVersion first = plans.create(plan, QDate(2026, 1, 15));
    const PlanVersion second = VersionRepository(db).newVersion(
        first.id, QDate(2026, 3, 1), QStringLiteral("เพิ่มร้านของฝากหลังประชุมเดือนกุมภาพันธ์"));
    // Version 1's cards come after the copy, so version 2 reads from one list.
    addCard(db, first.id, CanvasBlock::ValueProposition, QString::fromUtf8(kCards[0].text), 0);
    addCard(db, first.id, CanvasBlock::RevenueStreams, QStringLiteral("ขายปลีกที่ตลาดชุมชน"), 3000000);
    QHash<QString, QString> ids;  // "6.1" → the card's id
    for (const Card& card : kCards) {
        const CanvasItem item =
            addCard(db, second.id, card.block, QString::fromUtf8(card.text), card.satang);
        ids.insert(QStringLiteral("%1.%2").arg(blockNumber(item.block)).arg(item.position),
                   item.id);
    }
    link(db, ids, "6.1", "1.1");
    link(db, ids, "6.2", "3.1");
    link(db, ids, "9.1", "6.1");
    link(db, ids, "9.2", "6.1");
    link(db, ids, "7.1", "9.1");
    link(db, ids, "8.1", "9.2");
    if (!productIds.isEmpty())
        plans.setProducts(plan.id, productIds);
    addSteps(db, plan.id);
    addKsnb(db, plan.id);
    return {plan.id, first.id, second.id};
}

}  // namespace thanrak::test
