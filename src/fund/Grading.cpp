#include "fund/Grading.h"

#include "savings/StoredDecimal.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Fund)
};

GradingCriterion criterion(const char* key, const char* name, int maxScore, const char* guide) {
    return {QLatin1String(key), QCoreApplication::translate("Fund", name), maxScore,
            QCoreApplication::translate("Fund", guide)};
}
}  // namespace

int GradingScheme::maxTotal() const {
    int total = 0;
    for (const GradingCriterion& c : criteria) total += c.maxScore;
    return total;
}

GradingScheme defaultGradingScheme() {
    GradingScheme s;
    s.key = QStringLiteral("abcd-100");
    s.name = Text::tr("แบบประเมินจัดระดับกองทุนหมู่บ้าน A B C D (100 คะแนน)");
    s.criteria = {
        criterion("committee", QT_TRANSLATE_NOOP("Fund", "การบริหารจัดการของคณะกรรมการ"), 20,
                  QT_TRANSLATE_NOOP("Fund", "ประชุมคณะกรรมการทุกเดือน มีรายงานการประชุม กรรมการครบตามวาระ")),
        criterion("members", QT_TRANSLATE_NOOP("Fund", "การมีส่วนร่วมของสมาชิก"), 15,
                  QT_TRANSLATE_NOOP("Fund", "สมาชิกเข้าประชุมใหญ่ ออมสัจจะสม่ำเสมอ รับรู้ระเบียบกองทุน")),
        criterion("lending", QT_TRANSLATE_NOOP("Fund", "การบริหารเงินทุนและการให้กู้"), 20,
                  QT_TRANSLATE_NOOP("Fund", "ให้กู้ตามระเบียบ มีสัญญาและผู้ค้ำครบ เงินทุนหมุนเวียนไม่ค้างในบัญชี")),
        criterion("repayment", QT_TRANSLATE_NOOP("Fund", "การชำระคืนเงินกู้"), 20,
                  QT_TRANSLATE_NOOP("Fund", "สัดส่วนเงินต้นค้างชำระต่อเงินให้กู้คงเหลือ ยิ่งต่ำยิ่งดี")),
        criterion("accounts", QT_TRANSLATE_NOOP("Fund", "การบัญชีและการรายงาน"), 15,
                  QT_TRANSLATE_NOOP("Fund", "บันทึกบัญชีเป็นปัจจุบัน กระทบยอดธนาคาร ปิดบัญชีและรายงานทุกปี")),
        criterion("benefit", QT_TRANSLATE_NOOP("Fund", "การจัดสรรกำไรและประโยชน์ต่อชุมชน"), 10,
                  QT_TRANSLATE_NOOP("Fund", "จัดสรรกำไรตามระเบียบ มีสวัสดิการและกิจกรรมสาธารณประโยชน์")),
    };
    s.bands = {{QStringLiteral("A"), Ratio(85), Text::tr("ดีมาก")},
               {QStringLiteral("B"), Ratio(70), Text::tr("ดี")},
               {QStringLiteral("C"), Ratio(50), Text::tr("ปานกลาง")},
               {QStringLiteral("D"), Ratio(0), Text::tr("ต้องปรับปรุง")}};
    return s;
}

QString schemeToJson(const GradingScheme& scheme) {
    QJsonArray criteria;
    for (const GradingCriterion& c : scheme.criteria)
        criteria.append(QJsonObject{{QStringLiteral("key"), c.key},
                                    {QStringLiteral("name"), c.name},
                                    {QStringLiteral("max"), c.maxScore},
                                    {QStringLiteral("guide"), c.guide}});
    QJsonArray bands;
    for (const GradeBand& b : scheme.bands)
        bands.append(QJsonObject{{QStringLiteral("grade"), b.grade},
                                 {QStringLiteral("min_percent"), storedDecimal(b.minPercent).value_or(QStringLiteral("0"))},
                                 {QStringLiteral("meaning"), b.meaning}});
    const QJsonObject object{{QStringLiteral("criteria"), criteria},
                             {QStringLiteral("bands"), bands}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

GradingScheme schemeFromJson(const QString& json) {
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    GradingScheme s;
    for (const QJsonValue& v : object.value(QStringLiteral("criteria")).toArray()) {
        const QJsonObject c = v.toObject();
        s.criteria.append({c.value(QStringLiteral("key")).toString(),
                           c.value(QStringLiteral("name")).toString(),
                           c.value(QStringLiteral("max")).toInt(),
                           c.value(QStringLiteral("guide")).toString()});
    }
    for (const QJsonValue& v : object.value(QStringLiteral("bands")).toArray()) {
        const QJsonObject b = v.toObject();
        s.bands.append({b.value(QStringLiteral("grade")).toString(),
                        readStoredDecimal(b.value(QStringLiteral("min_percent")).toString()),
                        b.value(QStringLiteral("meaning")).toString()});
    }
    return s;
}

FieldProblems checkScores(const GradingScheme& scheme, const QList<CriterionScore>& scores) {
    FieldProblems problems;
    QSet<QString> seen;
    for (const CriterionScore& score : scores) {
        const auto found =
            std::find_if(scheme.criteria.begin(), scheme.criteria.end(),
                         [&](const GradingCriterion& c) { return c.key == score.key; });
        if (found == scheme.criteria.end()) {
            problems.append({score.key, Text::tr("แบบประเมินนี้ไม่มีหัวข้อ \"%1\"").arg(score.key)});
            continue;
        }
        if (seen.contains(score.key))
            problems.append({score.key, Text::tr("หัวข้อ \"%1\" ให้คะแนนซ้ำ").arg(found->name)});
        seen.insert(score.key);
        if (score.score < 0 || score.score > found->maxScore)
            problems.append({score.key, Text::tr("หัวข้อ \"%1\" ให้คะแนนได้ 0 ถึง %2 คะแนน")
                                            .arg(found->name)
                                            .arg(found->maxScore)});
    }
    for (const GradingCriterion& c : scheme.criteria)
        if (!seen.contains(c.key))
            problems.append({c.key, Text::tr("ยังไม่ได้ให้คะแนนหัวข้อ \"%1\"").arg(c.name)});
    return problems;
}

GradeResult gradeOf(const GradingScheme& scheme, const QList<CriterionScore>& scores) {
    throwIfAny(checkScores(scheme, scores));
    GradeResult result;
    for (const CriterionScore& score : scores) result.total += score.score;
    result.maxTotal = scheme.maxTotal();
    result.percent = result.maxTotal > 0 ? Ratio(result.total * 100, result.maxTotal) : Ratio();
    for (const GradeBand& band : scheme.bands)
        if (result.percent >= band.minPercent) {
            result.grade = band.grade;
            break;
        }
    return result;
}

}  // namespace thanrak
