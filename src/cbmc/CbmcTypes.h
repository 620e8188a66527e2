#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace thanrak {

// The nine blocks of the community canvas (แคนวาสชุมชน 9 ขั้นตอน, DOMAIN.md §5),
// numbered in the community's working order; the number is what is stored.
enum class CanvasBlock {
    ValueProposition = 1,  // จุดขาย / คุณค่าของสินค้าและบริการ
    CustomerSegments,  // กลุ่มลูกค้าเป้าหมาย
    Channels,          // การสื่อสารการตลาด
    CustomerRelationships,  // การปิดการขายและการซื้อซ้ำ
    RevenueStreams,         // ที่มาของรายได้
    KeyActivities,          // กิจกรรมที่สำคัญ
    KeyResources,  // ปัจจัยการผลิตที่ยังใช้ไม่เต็มที่
    KeyPartners,  // สิ่งที่ต้องร่วมมือกับภายนอก/ภาคี
    CostStructure,  // ค่าใช้จ่ายที่จำเป็น
};

// Capacity building KSNB: ความรู้, ทักษะ, เครือข่าย, การประกอบการ.
enum class KsnbKind { Knowledge, Skill, Network, BusinessModel };
enum class KsnbStatus { Planned, InProgress, Done, Cancelled };

// The four steps of making a plan; the number is what is stored.
enum class PlanStep {
    DesignCanvas = 1,  // ออกแบบและพัฒนาชุดความรู้ C-BMC
    FollowUp,  // ติดตามกระบวนการทำแผนธุรกิจชุมชน
    LinkCommunityEconomy,  // เชื่อมโยงต่อยอดงานพัฒนาเศรษฐกิจและทุนชุมชน
    StudyAndDocument,      // ศึกษาและจัดทำชุดความรู้
};
enum class StepStatus { NotStarted, InProgress, Done };

QList<CanvasBlock> allCanvasBlocks();
int blockNumber(CanvasBlock block);
std::optional<CanvasBlock> canvasBlockFromNumber(int number);
QString canvasBlockLabel(CanvasBlock block);     // "ที่มาของรายได้"
QString canvasBlockQuestion(CanvasBlock block);  // the question the group answers in it

// Only revenue streams (5) and costs (9) carry an amount in baht.
bool blockCarriesAmount(CanvasBlock block);

// The links the method draws, from the card that does something to the card
// it does it for: an activity (6) serves a card of blocks 1–4; a cost (9)
// belongs to an activity (6); a resource (7) or a partner (8) reduces a cost (9).
bool linkAllowed(CanvasBlock from, CanvasBlock to);
// What a card of `from` may be linked to, in words ("กิจกรรมที่สำคัญ (ช่อง 6)").
QString allowedLinkText(CanvasBlock from);

QList<KsnbKind> allKsnbKinds();
QString ksnbKindKey(KsnbKind kind);  // "business_model", as stored
std::optional<KsnbKind> ksnbKindFromKey(const QString& key);
QString ksnbKindLabel(KsnbKind kind);

QList<KsnbStatus> allKsnbStatuses();
QString ksnbStatusKey(KsnbStatus status);  // "in_progress"
std::optional<KsnbStatus> ksnbStatusFromKey(const QString& key);
QString ksnbStatusLabel(KsnbStatus status);

QList<PlanStep> allPlanSteps();
int stepNumber(PlanStep step);
std::optional<PlanStep> planStepFromNumber(int number);
QString planStepLabel(PlanStep step);

QList<StepStatus> allStepStatuses();
QString stepStatusKey(StepStatus status);  // "not_started"
std::optional<StepStatus> stepStatusFromKey(const QString& key);
QString stepStatusLabel(StepStatus status);

}  // namespace thanrak
