#include "support/CatchMoney.h"

#include "domain/Validation.h"
#include "fund/GradeRepository.h"
#include "support/FundFixture.h"
#include "support/SavingsFixture.h"

using namespace thanrak;
using test::day;

namespace {
QList<CriterionScore> scores(std::initializer_list<int> points) {
    const GradingScheme scheme = defaultGradingScheme();
    QList<CriterionScore> result;
    int i = 0;
    for (int p : points) result.append({scheme.criteria.at(i++).key, p, {}});
    return result;
}
}  // namespace

// Default scheme: committee 20, members 15, lending 20, repayment 20,
// accounts 15, benefit 10 = 100 points; A from 85 %, B 70, C 50, else D.
TEST_CASE("a grade comes from the scorecard's total and the bands") {
    const GradingScheme scheme = defaultGradingScheme();
    CHECK(scheme.maxTotal() == 100);
    GradeResult r = gradeOf(scheme, scores({17, 12, 15, 14, 12, 8}));
    CHECK(r.total == 78);
    CHECK(r.percent == Ratio(78));
    CHECK(r.grade == QStringLiteral("B"));
    CHECK(gradeOf(scheme, scores({20, 15, 15, 15, 12, 8})).grade == QStringLiteral("A"));  // 85
    CHECK(gradeOf(scheme, scores({20, 15, 15, 14, 12, 8})).grade == QStringLiteral("B"));  // 84
    CHECK(gradeOf(scheme, scores({10, 8, 10, 10, 7, 5})).grade == QStringLiteral("C"));    // 50
    CHECK(gradeOf(scheme, scores({10, 8, 10, 10, 7, 4})).grade == QStringLiteral("D"));    // 49

    // A scheme of 60 points: 45/60 = 75 % is a B.
    GradingScheme small = scheme;
    small.criteria = {{QStringLiteral("a"), QStringLiteral("ก"), 40, {}},
                      {QStringLiteral("b"), QStringLiteral("ข"), 20, {}}};
    r = gradeOf(small, {{QStringLiteral("a"), 30, {}}, {QStringLiteral("b"), 15, {}}});
    CHECK(r.percent == Ratio(75));
    CHECK(r.grade == QStringLiteral("B"));
    // 50/60 = 83⅓ % stays a B: the percentage is exact, not rounded up.
    CHECK(gradeOf(small, {{QStringLiteral("a"), 35, {}}, {QStringLiteral("b"), 15, {}}}).percent ==
          Ratio(250, 3));
}

TEST_CASE("a scorecard that does not fit its scheme is refused") {
    const GradingScheme scheme = defaultGradingScheme();
    CHECK(checkScores(scheme, scores({21, 12, 15, 14, 12, 8})).size() == 1);  // over 20
    CHECK(checkScores(scheme, scores({17, 12, 15, 14, 12})).size() == 1);     // one missing
    QList<CriterionScore> extra = scores({17, 12, 15, 14, 12, 8});
    extra.append({QStringLiteral("otop"), 3, {}});
    CHECK(checkScores(scheme, extra).size() == 1);
    CHECK_THROWS_AS(gradeOf(scheme, scores({-1, 12, 15, 14, 12, 8})), ValidationError);
}

TEST_CASE("a fund's grade is kept per year with its evidence, and can be redone") {
    test::FundFixture f;
    GradeRepository grades(f.db());
    const GradingScheme scheme = grades.ensureDefaultScheme();
    CHECK(grades.ensureDefaultScheme().id == scheme.id);  // stored once
    FundGrade g;
    g.organisationId = f.fund.id;
    g.year = 2025;
    g.schemeId = scheme.id;
    g.assessedOn = day("2026-02-20");
    g.assessor = QStringLiteral("นางสาวพัฒนา ชุมชน");
    g.scores = scores({17, 12, 15, 14, 12, 8});
    g.scores[3].evidence = QStringLiteral("หนี้ค้างชำระ 8.5 % ของเงินให้กู้คงเหลือ");
    grades.save(g);
    std::optional<FundGrade> kept = grades.find(f.fund.id, 2025);
    REQUIRE(kept);
    CHECK(kept->result.grade == QStringLiteral("B"));
    CHECK(kept->result.total == 78);
    CHECK(kept->scores[3].evidence == QStringLiteral("หนี้ค้างชำระ 8.5 % ของเงินให้กู้คงเหลือ"));

    g.scores = scores({20, 15, 15, 15, 12, 8});
    grades.save(g);
    CHECK(grades.find(f.fund.id, 2025)->result.grade == QStringLiteral("A"));
    CHECK(grades.ofFund(f.fund.id).size() == 1);

    const QStringList before = f.footprint();
    g.scores = scores({20, 15, 15, 15, 12, 11});  // benefit is out of 10
    CHECK_THROWS_AS(grades.save(g), ValidationError);
    CHECK(f.footprint() == before);
}
