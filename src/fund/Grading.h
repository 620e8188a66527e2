#pragma once

#include "domain/Validation.h"
#include "money/Ratio.h"

#include <QDate>
#include <QList>
#include <QString>

namespace thanrak {

// One line of a scorecard: what is assessed and the most it can score.
struct GradingCriterion {
    QString key;
    QString name;  // Thai, as printed on the grading sheet
    int maxScore = 0;
    QString guide;  // what to look at, for the assessor
};

// A grade and the lowest percentage that earns it.
struct GradeBand {
    QString grade;  // "A"
    Ratio minPercent;
    QString meaning;  // "ดีมาก"
};

// A yearly scorecard for village funds (การประเมินจัดระดับกองทุน). Schemes are
// data: the office may add its own; a stored scheme is never changed.
struct GradingScheme {
    QString id;
    QString key;
    QString name;
    QList<GradingCriterion> criteria;
    QList<GradeBand> bands;  // highest first; the last one should start at 0

    int maxTotal() const;
};

// A plausible A/B/C/D scheme shipped as a starting point (DOMAIN.md §3: keep
// the scheme as data); the criteria and weights are ours, not a national form.
GradingScheme defaultGradingScheme();

QString schemeToJson(const GradingScheme& scheme);
GradingScheme schemeFromJson(const QString& json);

struct CriterionScore {
    QString key;
    int score = 0;
    QString evidence;  // what the assessor saw: minutes, statements, visits
};

struct GradeResult {
    int total = 0;
    int maxTotal = 0;
    Ratio percent;  // total × 100 / maxTotal, exact
    QString grade;
};

// Every problem with a scorecard: a criterion missing or scored twice, an
// unknown key, a score outside 0 … its maximum. Empty when it can be graded.
FieldProblems checkScores(const GradingScheme& scheme, const QList<CriterionScore>& scores);
// The total, percentage and grade: the first band whose minimum the
// percentage reaches. Throws ValidationError when checkScores finds anything.
GradeResult gradeOf(const GradingScheme& scheme, const QList<CriterionScore>& scores);

// One fund's grade for one year, with the scores behind it.
struct FundGrade {
    QString id;
    QString organisationId;
    int year = 0;
    QString schemeId;
    QDate assessedOn;
    QString assessor;
    QList<CriterionScore> scores;
    GradeResult result;
};

}  // namespace thanrak
