#include "cbmc/CbmcRules.h"

#include "money/MoneyFormat.h"

#include <QCoreApplication>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cbmc)
};

// A year's revenue or cost of one card above this is a slip of the keyboard
// (an extra zero or two), not a community business.
const Money kMaxCardAmount = Money::fromBaht(100'000'000);

// A C.E. date typed as B.E. (2569 for 2026) lands more than 500 years ahead.
// Adds a problem for such a date or an absurdly old one; true when it did, so
// the caller's own checks of the date stay quiet.
bool checkDate(FieldProblems& problems, const QString& field, const QDate& date,
               const QString& what) {
    if (!date.isValid())
        return false;
    if (date.year() >= 2400) {
        problems.append({field, Text::tr("%1 ปี %2 ดูเป็นปี พ.ศ. กรุณาใส่วันที่ในปฏิทินตามปกติ "
                                         "(ปี พ.ศ. %2 คือ ค.ศ. %3)")
                                    .arg(what)
                                    .arg(date.year())
                                    .arg(date.year() - 543)});
        return true;
    }
    if (date.year() < 1950) {
        problems.append({field, Text::tr("%1 ก่อนปี 1950 ดูไม่ถูกต้อง").arg(what)});
        return true;
    }
    return false;
}

// Start and end of a stretch: each date on its own, then their order.
void checkRange(FieldProblems& problems, const QString& startField, const QDate& start,
                const QString& endField, const QDate& end, const QString& endWhat) {
    const bool badStart = checkDate(problems, startField, start, Text::tr("วันเริ่ม"));
    const bool badEnd = checkDate(problems, endField, end, endWhat);
    if (!badStart && !badEnd && start.isValid() && end.isValid() && end < start)
        problems.append({endField, Text::tr("%1ต้องไม่ก่อนวันเริ่ม").arg(endWhat)});
}

void checkText(FieldProblems& problems, const QString& field, const QString& text, int limit,
               const QString& emptyMessage) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        problems.append({field, emptyMessage});
    else if (trimmed.size() > limit)
        problems.append({field, Text::tr("ข้อความยาว %1 ตัวอักษร เกิน %2 ตัวอักษร "
                                         "กรุณาเขียนให้สั้นลงหรือแยกเป็นหลายข้อ")
                                    .arg(trimmed.size())
                                    .arg(limit)});
}
}  // namespace

FieldProblems validatePlan(const BusinessPlan& plan) {
    FieldProblems problems;
    if (plan.organisationId.isEmpty())
        problems.append(
            {QStringLiteral("organisation_id"), Text::tr("กรุณาเลือกองค์กรหรือกลุ่มที่เป็นเจ้าของแผน")});
    checkText(problems, QStringLiteral("title"), plan.title, kMaxTitleText,
              Text::tr("กรุณาใส่ชื่อแผนธุรกิจชุมชน"));
    return problems;
}

FieldProblems validateVersion(const PlanVersion& version) {
    FieldProblems problems;
    if (!version.dated.isValid())
        problems.append({QStringLiteral("dated"), Text::tr("กรุณาใส่วันที่ของฉบับนี้")});
    else
        checkDate(problems, QStringLiteral("dated"), version.dated, Text::tr("วันที่ของฉบับ"));
    return problems;
}

FieldProblems validateItem(const CanvasItem& item) {
    FieldProblems problems;
    checkText(problems, QStringLiteral("text"), item.text, kMaxCardText,
              Text::tr("กรุณาใส่ข้อความของช่อง %1").arg(canvasBlockLabel(item.block)));
    if (!item.amount)
        return problems;
    const Money amount = *item.amount;
    if (!blockCarriesAmount(item.block))
        problems.append({QStringLiteral("amount"),
                         Text::tr("ช่อง %1 ไม่มีจำนวนเงิน ใส่จำนวนเงินได้เฉพาะช่องที่มาของรายได้ (5) "
                                  "และค่าใช้จ่ายที่จำเป็น (9)")
                             .arg(canvasBlockLabel(item.block))});
    else if (amount.isNegative())
        problems.append({QStringLiteral("amount"), Text::tr("จำนวนเงินต้องไม่ติดลบ")});
    else if (amount > kMaxCardAmount)
        problems.append(
            {QStringLiteral("amount"),
             Text::tr("จำนวนเงิน %1 บาท สูงเกินไป กรุณาตรวจดูจำนวนศูนย์").arg(formatMoney(amount))});
    return problems;
}

FieldProblems validateLink(const CanvasItem& from, const CanvasItem& to) {
    FieldProblems problems;
    const QString field = QStringLiteral("to_item_id");
    if (from.id == to.id)
        problems.append({field, Text::tr("เชื่อมข้อความกับตัวเองไม่ได้")});
    else if (from.versionId != to.versionId)
        problems.append({field, Text::tr("เชื่อมได้เฉพาะข้อความในแผนฉบับเดียวกัน")});
    else if (!linkAllowed(from.block, to.block))
        problems.append({field, Text::tr("วิธีการแคนวาสชุมชนไม่เชื่อม %1 (ช่อง %2) ไปยัง %3 (ช่อง %4): %5")
                                    .arg(canvasBlockLabel(from.block))
                                    .arg(blockNumber(from.block))
                                    .arg(canvasBlockLabel(to.block))
                                    .arg(blockNumber(to.block))
                                    .arg(allowedLinkText(from.block))});
    return problems;
}

FieldProblems validateKsnb(const KsnbItem& item) {
    FieldProblems problems;
    checkText(problems, QStringLiteral("topic"), item.topic, kMaxTitleText,
              Text::tr("กรุณาใส่หัวข้อการพัฒนา"));
    checkRange(problems, QStringLiteral("start_on"), item.startOn, QStringLiteral("end_on"),
               item.endOn, Text::tr("วันสิ้นสุด"));
    return problems;
}

FieldProblems validateStep(const PlanStepState& state) {
    FieldProblems problems;
    checkRange(problems, QStringLiteral("started_on"), state.startedOn,
               QStringLiteral("finished_on"), state.finishedOn, Text::tr("วันที่เสร็จ"));
    if (state.status == StepStatus::NotStarted && state.finishedOn.isValid())
        problems.append({QStringLiteral("status"), Text::tr("ขั้นตอนที่ยังไม่เริ่มต้องไม่มีวันที่เสร็จ")});
    return problems;
}

FieldProblems validateAttachment(const QString& fileName, const QByteArray& data) {
    FieldProblems problems;
    if (fileName.trimmed().isEmpty())
        problems.append({QStringLiteral("file_name"), Text::tr("กรุณาใส่ชื่อไฟล์")});
    if (data.isEmpty())
        problems.append({QStringLiteral("data"), Text::tr("ไฟล์นี้ว่างเปล่า ไม่มีข้อมูลให้เก็บ")});
    else if (data.size() > kMaxAttachmentBytes)
        problems.append({QStringLiteral("data"),
                         Text::tr("ไฟล์มีขนาด %1 MB ใหญ่เกิน 10 MB กรุณาย่อไฟล์หรือแยกเป็นหลายไฟล์")
                             .arg(QString::number(double(data.size()) / (1024 * 1024), 'f', 1))});
    return problems;
}

QString KsnbItem::responsibleLabel() const {
    if (personName.isEmpty())
        return responsible;
    if (responsible.isEmpty() || responsible == personName)
        return personName;
    return personName + QStringLiteral(" · ") + responsible;
}

}  // namespace thanrak
