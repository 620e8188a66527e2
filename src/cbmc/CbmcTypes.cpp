#include "cbmc/CbmcTypes.h"

#include "base/EnumKeys.h"

#include <QCoreApplication>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cbmc)
};

constexpr EnumKeys<KsnbKind, 4> kKinds({{{KsnbKind::Knowledge, "knowledge"},
                                         {KsnbKind::Skill, "skill"},
                                         {KsnbKind::Network, "network"},
                                         {KsnbKind::BusinessModel, "business_model"}}});

constexpr EnumKeys<KsnbStatus, 4> kKsnbStatuses({{{KsnbStatus::Planned, "planned"},
                                                  {KsnbStatus::InProgress, "in_progress"},
                                                  {KsnbStatus::Done, "done"},
                                                  {KsnbStatus::Cancelled, "cancelled"}}});

constexpr EnumKeys<StepStatus, 3> kStepStatuses({{{StepStatus::NotStarted, "not_started"},
                                                  {StepStatus::InProgress, "in_progress"},
                                                  {StepStatus::Done, "done"}}});

template <typename Enum, std::size_t N>
QList<Enum> listOf(const EnumKeys<Enum, N>& keys) {
    const auto values = keys.values();
    return QList<Enum>(values.begin(), values.end());
}

QString blockRef(CanvasBlock block) {
    return Text::tr("%1 (ช่อง %2)").arg(canvasBlockLabel(block)).arg(blockNumber(block));
}
}  // namespace

QList<CanvasBlock> allCanvasBlocks() {
    QList<CanvasBlock> blocks;
    for (int n = 1; n <= 9; ++n) blocks.append(static_cast<CanvasBlock>(n));
    return blocks;
}

int blockNumber(CanvasBlock block) {
    return static_cast<int>(block);
}

std::optional<CanvasBlock> canvasBlockFromNumber(int number) {
    if (number < 1 || number > 9)
        return std::nullopt;
    return static_cast<CanvasBlock>(number);
}

QString canvasBlockLabel(CanvasBlock block) {
    switch (block) {
        case CanvasBlock::ValueProposition:
            return Text::tr("จุดขายหรือคุณค่าของสินค้าและบริการ");
        case CanvasBlock::CustomerSegments:
            return Text::tr("กลุ่มลูกค้าเป้าหมาย");
        case CanvasBlock::Channels:
            return Text::tr("การสื่อสารการตลาด");
        case CanvasBlock::CustomerRelationships:
            return Text::tr("การปิดการขายและการซื้อซ้ำ");
        case CanvasBlock::RevenueStreams:
            return Text::tr("ที่มาของรายได้");
        case CanvasBlock::KeyActivities:
            return Text::tr("กิจกรรมที่สำคัญ");
        case CanvasBlock::KeyResources:
            return Text::tr("ปัจจัยการผลิตที่ยังใช้ไม่เต็มที่");
        case CanvasBlock::KeyPartners:
            return Text::tr("ความร่วมมือกับภายนอกหรือภาคี");
        case CanvasBlock::CostStructure:
            return Text::tr("ค่าใช้จ่ายที่จำเป็น");
    }
    return {};
}

// The questions follow seed 001, "แคนวาสชุมชน 9 ขั้นตอน".
QString canvasBlockQuestion(CanvasBlock block) {
    switch (block) {
        case CanvasBlock::ValueProposition:
            return Text::tr("จุดขายหรือคุณค่าของสินค้าและบริการของเราคืออะไร");
        case CanvasBlock::CustomerSegments:
            return Text::tr("กลุ่มลูกค้าเป้าหมายที่ชัดเจน (ผู้ซื้อและผู้รับบริการ) คือใครบ้าง");
        case CanvasBlock::Channels:
            return Text::tr("จะสื่อสารการตลาดอย่างไร ให้ลูกค้าในช่อง 2 ได้พบกับสินค้าในช่อง 1");
        case CanvasBlock::CustomerRelationships:
            return Text::tr("จะปิดการขายและทำให้ลูกค้าซื้อซ้ำได้อย่างไร");
        case CanvasBlock::RevenueStreams:
            return Text::tr("รายได้จะมาจากสินค้าและบริการในช่อง 1 ทางใดได้อีกบ้าง");
        case CanvasBlock::KeyActivities:
            return Text::tr("กิจกรรมสำคัญที่ต้องทำเพื่อให้บรรลุช่อง 4, 3, 2 และ 1 มีอะไรบ้าง");
        case CanvasBlock::KeyResources:
            return Text::tr("ปัจจัยการผลิตใดที่ยังใช้ได้ไม่เต็มที่ ที่จะทำให้กิจกรรมในช่อง 6 สำเร็จ");
        case CanvasBlock::KeyPartners:
            return Text::tr("สิ่งที่ต้องทำในช่อง 6 แต่กลุ่มทำเองลำพังไม่ได้ ต้องร่วมมือกับใคร");
        case CanvasBlock::CostStructure:
            return Text::tr("ต้องใช้เงินกับกิจกรรมใดในช่อง 6 บ้าง และช่อง 7 กับ 8 ช่วยลดได้เท่าใด");
    }
    return {};
}

bool blockCarriesAmount(CanvasBlock block) {
    return block == CanvasBlock::RevenueStreams || block == CanvasBlock::CostStructure;
}

bool linkAllowed(CanvasBlock from, CanvasBlock to) {
    const int target = blockNumber(to);
    switch (from) {
        case CanvasBlock::KeyActivities:
            return target >= 1 && target <= 4;
        case CanvasBlock::CostStructure:
            return to == CanvasBlock::KeyActivities;
        case CanvasBlock::KeyResources:
        case CanvasBlock::KeyPartners:
            return to == CanvasBlock::CostStructure;
        default:
            return false;
    }
}

QString allowedLinkText(CanvasBlock from) {
    switch (from) {
        case CanvasBlock::KeyActivities:
            return Text::tr("กิจกรรมเชื่อมไปยังช่อง 1 ถึง 4 ที่กิจกรรมนั้นทำเพื่อ");
        case CanvasBlock::CostStructure:
            return Text::tr("ค่าใช้จ่ายเชื่อมไปยังกิจกรรมที่ใช้เงินนั้น: %1")
                .arg(blockRef(CanvasBlock::KeyActivities));
        case CanvasBlock::KeyResources:
        case CanvasBlock::KeyPartners:
            return Text::tr("เชื่อมไปยังค่าใช้จ่ายที่ช่วยลดได้: %1")
                .arg(blockRef(CanvasBlock::CostStructure));
        default:
            return Text::tr("%1 ไม่ต้องเชื่อมไปยังช่องอื่น ให้เชื่อมจากกิจกรรม (ช่อง 6) มาหาแทน")
                .arg(blockRef(from));
    }
}

QList<KsnbKind> allKsnbKinds() {
    return listOf(kKinds);
}
QString ksnbKindKey(KsnbKind kind) {
    return kKinds.key(kind);
}
std::optional<KsnbKind> ksnbKindFromKey(const QString& key) {
    return kKinds.fromKey(key);
}

QString ksnbKindLabel(KsnbKind kind) {
    switch (kind) {
        case KsnbKind::Knowledge:
            return Text::tr("ความรู้ (K)");
        case KsnbKind::Skill:
            return Text::tr("ทักษะ (S)");
        case KsnbKind::Network:
            return Text::tr("เครือข่าย (N)");
        case KsnbKind::BusinessModel:
            return Text::tr("การประกอบการ (B)");
    }
    return {};
}

QList<KsnbStatus> allKsnbStatuses() {
    return listOf(kKsnbStatuses);
}
QString ksnbStatusKey(KsnbStatus status) {
    return kKsnbStatuses.key(status);
}
std::optional<KsnbStatus> ksnbStatusFromKey(const QString& key) {
    return kKsnbStatuses.fromKey(key);
}

QString ksnbStatusLabel(KsnbStatus status) {
    switch (status) {
        case KsnbStatus::Planned:
            return Text::tr("วางแผนไว้");
        case KsnbStatus::InProgress:
            return Text::tr("กำลังดำเนินการ");
        case KsnbStatus::Done:
            return Text::tr("เสร็จแล้ว");
        case KsnbStatus::Cancelled:
            return Text::tr("ยกเลิก");
    }
    return {};
}

QList<PlanStep> allPlanSteps() {
    return {PlanStep::DesignCanvas, PlanStep::FollowUp, PlanStep::LinkCommunityEconomy,
            PlanStep::StudyAndDocument};
}

int stepNumber(PlanStep step) {
    return static_cast<int>(step);
}

std::optional<PlanStep> planStepFromNumber(int number) {
    if (number < 1 || number > 4)
        return std::nullopt;
    return static_cast<PlanStep>(number);
}

QString planStepLabel(PlanStep step) {
    switch (step) {
        case PlanStep::DesignCanvas:
            return Text::tr("ออกแบบแคนวาสชุมชน 9 ช่อง");
        case PlanStep::FollowUp:
            return Text::tr("ติดตามกระบวนการทำแผนธุรกิจชุมชน");
        case PlanStep::LinkCommunityEconomy:
            return Text::tr("เชื่อมโยงต่อยอดงานพัฒนาเศรษฐกิจและทุนชุมชน");
        case PlanStep::StudyAndDocument:
            return Text::tr("ศึกษาและจัดทำชุดความรู้");
    }
    return {};
}

QList<StepStatus> allStepStatuses() {
    return listOf(kStepStatuses);
}
QString stepStatusKey(StepStatus status) {
    return kStepStatuses.key(status);
}
std::optional<StepStatus> stepStatusFromKey(const QString& key) {
    return kStepStatuses.fromKey(key);
}

QString stepStatusLabel(StepStatus status) {
    switch (status) {
        case StepStatus::NotStarted:
            return Text::tr("ยังไม่เริ่ม");
        case StepStatus::InProgress:
            return Text::tr("กำลังดำเนินการ");
        case StepStatus::Done:
            return Text::tr("เสร็จแล้ว");
    }
    return {};
}

}  // namespace thanrak
