#include "fund/GradeRepository.h"

#include "base/Ids.h"
#include "domain/RowMapping.h"
#include "fund/FundError.h"
#include "savings/StoredDecimal.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Fund)
};

QString scoresToJson(const QList<CriterionScore>& scores) {
    QJsonArray array;
    for (const CriterionScore& s : scores)
        array.append(QJsonObject{{QStringLiteral("key"), s.key},
                                 {QStringLiteral("score"), s.score},
                                 {QStringLiteral("evidence"), s.evidence.trimmed()}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<CriterionScore> scoresFromJson(const QString& json) {
    QList<CriterionScore> scores;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        scores.append({o.value(QStringLiteral("key")).toString(),
                       o.value(QStringLiteral("score")).toInt(),
                       o.value(QStringLiteral("evidence")).toString()});
    }
    return scores;
}

const QString kGradeColumns = QStringLiteral(
    "id, organisation_id, year, scheme_id, assessed_on, assessor, score, grade, scores");

FundGrade readGrade(const QSqlQuery& q) {
    FundGrade g;
    g.id = rows::text(q, 0);
    g.organisationId = rows::text(q, 1);
    g.year = q.value(2).toInt();
    g.schemeId = rows::text(q, 3);
    g.assessedOn = rows::date(q, 4);
    g.assessor = rows::text(q, 5);
    g.scores = scoresFromJson(rows::text(q, 8));
    g.result.grade = rows::text(q, 7);
    for (const CriterionScore& s : g.scores) g.result.total += s.score;
    g.result.percent = readStoredDecimal(rows::text(q, 6));
    return g;
}

GradingScheme readScheme(const QSqlQuery& q) {
    GradingScheme s = schemeFromJson(rows::text(q, 3));
    s.id = rows::text(q, 0);
    s.key = rows::text(q, 1);
    s.name = rows::text(q, 2);
    return s;
}
}  // namespace

GradingScheme GradeRepository::ensureDefaultScheme() {
    GradingScheme scheme = defaultGradingScheme();
    QSqlDatabase& db = db_.connection();
    Transaction transaction(db);
    const QVariant id =
        sql::scalar(db, QStringLiteral("SELECT id FROM grading_schemes WHERE key = ?"), {scheme.key});
    if (id.isValid()) {
        transaction.commit();
        return *this->scheme(id.toString());
    }
    scheme.id = newUuid();
    sql::run(db,
             QStringLiteral("INSERT INTO grading_schemes (id, key, name, definition, created_at) "
                            "VALUES (?, ?, ?, ?, ?)"),
             {scheme.id, scheme.key, scheme.name, schemeToJson(scheme), nowUtc()},
             Text::tr("การบันทึกแบบประเมิน"));
    transaction.commit();
    return scheme;
}

QList<GradingScheme> GradeRepository::schemes() {
    QSqlQuery q = sql::run(db_.connection(),
                           QStringLiteral("SELECT id, key, name, definition FROM grading_schemes "
                                          "ORDER BY created_at"));
    QList<GradingScheme> result;
    while (q.next()) result.append(readScheme(q));
    return result;
}

std::optional<GradingScheme> GradeRepository::scheme(const QString& schemeId) {
    QSqlQuery q = sql::run(db_.connection(),
                           QStringLiteral("SELECT id, key, name, definition FROM grading_schemes "
                                          "WHERE id = ?"),
                           {schemeId});
    return q.next() ? std::optional(readScheme(q)) : std::nullopt;
}

FundGrade GradeRepository::save(FundGrade grade) {
    QSqlDatabase& db = db_.connection();
    Transaction transaction(db);
    const std::optional<GradingScheme> found = scheme(grade.schemeId);
    if (!found)
        throw FundError(QStringLiteral("fund.grading"), Text::tr("ไม่พบแบบประเมินที่เลือก"));
    if (!grade.assessedOn.isValid() || grade.assessedOn.year() < grade.year)
        throwIfAny({{QStringLiteral("assessed_on"),
                     Text::tr("วันที่ประเมินต้องอยู่ในปีที่ประเมินหรือหลังจากนั้น")}});
    grade.result = gradeOf(*found, grade.scores);
    grade.id = newUuid();
    const QString now = nowUtc();
    sql::run(db, QStringLiteral("DELETE FROM fund_grades WHERE organisation_id = ? AND year = ?"),
             {grade.organisationId, grade.year});
    sql::run(db,
             QStringLiteral("INSERT INTO fund_grades (%1, created_at, updated_at) VALUES "
                            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                 .arg(kGradeColumns),
             {grade.id, grade.organisationId, grade.year, grade.schemeId,
              rows::dateValue(grade.assessedOn), QStringLiteral("%1").arg(grade.assessor.trimmed()),
              storedDecimal(grade.result.percent).value_or(QStringLiteral("0")),
              grade.result.grade, scoresToJson(grade.scores), now, now},
             Text::tr("การบันทึกผลการประเมิน"));
    transaction.commit();
    return grade;
}

std::optional<FundGrade> GradeRepository::find(const QString& organisationId, int year) {
    QSqlQuery q = sql::run(db_.connection(),
                           QStringLiteral("SELECT %1 FROM fund_grades WHERE organisation_id = ? "
                                          "AND year = ?")
                               .arg(kGradeColumns),
                           {organisationId, year});
    return q.next() ? std::optional(readGrade(q)) : std::nullopt;
}

QList<FundGrade> GradeRepository::ofFund(const QString& organisationId) {
    QSqlQuery q = sql::run(db_.connection(),
                           QStringLiteral("SELECT %1 FROM fund_grades WHERE organisation_id = ? "
                                          "ORDER BY year DESC")
                               .arg(kGradeColumns),
                           {organisationId});
    QList<FundGrade> result;
    while (q.next()) result.append(readGrade(q));
    return result;
}

}  // namespace thanrak
