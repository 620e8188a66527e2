#include "cbmc/PlanRepository.h"

#include "base/Ids.h"
#include "cbmc/CbmcRules.h"
#include "domain/RowMapping.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cbmc)
};

const QString kSelect = QStringLiteral(
    "SELECT bp.id, bp.organisation_id, bp.title, bp.notes, o.name, v.subdistrict_code, sd.name_th, "
    "lv.id, lv.version_no, lv.version_date, "
    "(SELECT status FROM business_plan_steps s WHERE s.plan_id = bp.id AND s.step = 1), "
    "(SELECT status FROM business_plan_steps s WHERE s.plan_id = bp.id AND s.step = 2), "
    "(SELECT status FROM business_plan_steps s WHERE s.plan_id = bp.id AND s.step = 3), "
    "(SELECT status FROM business_plan_steps s WHERE s.plan_id = bp.id AND s.step = 4) "
    "FROM business_plans bp JOIN organisations o ON o.id = bp.organisation_id "
    "JOIN villages v ON v.code = o.village_code JOIN subdistricts sd ON sd.code = "
    "v.subdistrict_code "
    "LEFT JOIN business_plan_versions lv ON lv.plan_id = bp.id AND lv.version_no = "
    "  (SELECT MAX(version_no) FROM business_plan_versions x WHERE x.plan_id = bp.id) ");

BusinessPlanRow readRow(const QSqlQuery& q) {
    BusinessPlanRow row;
    row.plan = {rows::text(q, 0), rows::text(q, 1), rows::text(q, 2), rows::text(q, 3)};
    row.organisationName = rows::text(q, 4);
    row.subdistrictCode = rows::text(q, 5);
    row.subdistrictName = rows::text(q, 6);
    row.latestVersionId = rows::text(q, 7);
    row.latestVersionNo = q.value(8).toInt();
    row.latestVersionDate = rows::date(q, 9);
    for (int i = 0; i < 4; ++i)
        row.steps[i] = stepStatusFromKey(rows::text(q, 10 + i)).value_or(StepStatus::NotStarted);
    return row;
}
}  // namespace

std::optional<PlanStep> BusinessPlanRow::currentStep() const {
    for (PlanStep step : allPlanSteps())
        if (status(step) != StepStatus::Done)
            return step;
    return std::nullopt;
}

QList<BusinessPlanRow> PlanRepository::list(const PlanFilter& filter) {
    QSqlQuery q = sql::run(
        db_.connection(),
        kSelect + QStringLiteral("WHERE (? = '' OR v.subdistrict_code = ?) AND "
                                 "(? = '' OR bp.organisation_id = ?) "
                                 "ORDER BY sd.name_th COLLATE THAI, o.name COLLATE THAI, "
                                 "bp.title COLLATE THAI"),
        {sql::trimmedText(filter.subdistrictCode), sql::trimmedText(filter.subdistrictCode),
         sql::trimmedText(filter.organisationId), sql::trimmedText(filter.organisationId)});
    QList<BusinessPlanRow> result;
    while (q.next()) result.append(readRow(q));
    return result;
}

std::optional<BusinessPlanRow> PlanRepository::find(const QString& id) {
    QSqlQuery q = sql::run(db_.connection(), kSelect + QStringLiteral("WHERE bp.id = ?"), {id});
    return q.next() ? std::optional(readRow(q)) : std::nullopt;
}

FieldProblems PlanRepository::check(const BusinessPlan& plan) {
    FieldProblems problems = validatePlan(plan);
    if (!plan.organisationId.isEmpty() &&
        !sql::scalar(db_.connection(), QStringLiteral("SELECT 1 FROM organisations WHERE id = ?"),
                     {plan.organisationId})
             .isValid())
        problems.append({QStringLiteral("organisation_id"), Text::tr("ไม่พบองค์กรที่เลือก")});
    return problems;
}

PlanVersion PlanRepository::create(BusinessPlan& plan, const QDate& dated,
                                   const QStringList& productIds) {
    QSqlDatabase& db = db_.connection();
    Transaction transaction(db);
    PlanVersion version{{}, {}, 1, dated, {}, {}};
    FieldProblems problems = check(plan);
    problems += validateVersion(version);
    throwIfAny(problems);
    plan.id = newUuid();
    const QString now = nowUtc();
    const QString doing = Text::tr("การสร้างแผนธุรกิจชุมชน");
    sql::run(db,
             QStringLiteral("INSERT INTO business_plans (id, organisation_id, title, notes, "
                            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
             {plan.id, plan.organisationId, sql::trimmedText(plan.title),
              sql::trimmedText(plan.notes), now, now},
             doing);
    version.id = newUuid();
    version.planId = plan.id;
    sql::run(
        db,
        QStringLiteral("INSERT INTO business_plan_versions (id, plan_id, version_no, "
                       "version_date, note, created_at, updated_at) VALUES (?, ?, 1, ?, '', ?, ?)"),
        {version.id, plan.id, rows::dateValue(dated), now, now}, doing);
    for (PlanStep step : allPlanSteps())
        sql::run(db,
                 QStringLiteral("INSERT INTO business_plan_steps (id, plan_id, step, status, "
                                "created_at, updated_at) VALUES (?, ?, ?, 'not_started', ?, ?)"),
                 {newUuid(), plan.id, stepNumber(step), now, now}, doing);
    if (!productIds.isEmpty())
        setProducts(plan.id, productIds);
    transaction.commit();
    return version;
}

void PlanRepository::save(const BusinessPlan& plan,
                          const std::optional<QStringList>& productIds) {
    QSqlDatabase& db = db_.connection();
    Transaction transaction(db);
    throwIfAny(check(plan));
    QSqlQuery q =
        sql::run(db,
                 QStringLiteral("UPDATE business_plans SET organisation_id = ?, title = ?, "
                                "notes = ?, updated_at = ? WHERE id = ?"),
                 {plan.organisationId, sql::trimmedText(plan.title), sql::trimmedText(plan.notes),
                  nowUtc(), plan.id},
                 Text::tr("การบันทึกแผนธุรกิจชุมชน"));
    if (q.numRowsAffected() != 1)
        throwIfAny({{QStringLiteral("plan_id"), Text::tr("ไม่พบแผนธุรกิจชุมชนที่เลือก")}});
    if (productIds)
        setProducts(plan.id, *productIds);
    transaction.commit();
}

PlanContents PlanRepository::contents(const QString& planId) {
    QSqlDatabase& db = db_.connection();
    const auto count = [&](const char* sqlText) {
        return sql::scalar(db, QString::fromLatin1(sqlText), {planId}).toInt();
    };
    return {count("SELECT COUNT(*) FROM business_plan_versions WHERE plan_id = ?"),
            count("SELECT COUNT(*) FROM business_plan_items i JOIN business_plan_versions v ON "
                  "v.id = i.version_id WHERE v.plan_id = ?"),
            count("SELECT COUNT(*) FROM business_plan_ksnb WHERE plan_id = ?"),
            count("SELECT COUNT(*) FROM business_plan_attachments WHERE plan_id = ?")};
}

void PlanRepository::remove(const QString& planId) {
    QSqlDatabase& db = db_.connection();
    Transaction transaction(db);
    if (!sql::scalar(db, QStringLiteral("SELECT 1 FROM business_plans WHERE id = ?"), {planId})
             .isValid())
        throwIfAny({{QStringLiteral("plan_id"), Text::tr("ไม่พบแผนธุรกิจชุมชนที่เลือก")}});
    const QString doing = Text::tr("การลบแผนธุรกิจชุมชน");
    // Children first: the schema has no cascades, so every row goes by name
    // and fires its own tombstone trigger.
    // A link is matched by either end, like CanvasRepository::remove does.
    sql::run(db,
             QStringLiteral("DELETE FROM business_plan_links WHERE from_item_id IN (SELECT i.id "
                            "FROM business_plan_items i JOIN business_plan_versions v ON v.id = "
                            "i.version_id WHERE v.plan_id = ?) OR to_item_id IN (SELECT i.id "
                            "FROM business_plan_items i JOIN business_plan_versions v ON v.id = "
                            "i.version_id WHERE v.plan_id = ?)"),
             {planId, planId}, doing);
    static const char* const kDeletes[] = {
        "DELETE FROM business_plan_items WHERE version_id IN (SELECT id FROM "
        "business_plan_versions WHERE plan_id = ?)",
        "DELETE FROM business_plan_versions WHERE plan_id = ?",
        "DELETE FROM business_plan_ksnb WHERE plan_id = ?",
        "DELETE FROM business_plan_steps WHERE plan_id = ?",
        "DELETE FROM business_plan_attachments WHERE plan_id = ?",
        "DELETE FROM business_plan_products WHERE plan_id = ?",
        "DELETE FROM business_plans WHERE id = ?",
    };
    for (const char* statement : kDeletes)
        sql::run(db, QString::fromLatin1(statement), {planId}, doing);
    transaction.commit();
}

QStringList PlanRepository::products(const QString& planId) {
    QSqlQuery q = sql::run(db_.connection(),
                           QStringLiteral("SELECT bpp.product_id FROM business_plan_products bpp "
                                          "JOIN otop_products pr ON pr.id = bpp.product_id "
                                          "WHERE bpp.plan_id = ? ORDER BY pr.name COLLATE THAI"),
                           {planId});
    QStringList ids;
    while (q.next()) ids.append(rows::text(q, 0));
    return ids;
}

void PlanRepository::setProducts(const QString& planId, const QStringList& productIds) {
    QSqlDatabase& db = db_.connection();
    Transaction transaction(db);
    for (const QString& id : productIds)
        if (!sql::scalar(db, QStringLiteral("SELECT 1 FROM otop_products WHERE id = ?"), {id})
                 .isValid())
            throwIfAny({{QStringLiteral("product_id"), Text::tr("ไม่พบผลิตภัณฑ์ที่เลือก")}});
    const QStringList before = products(planId);
    const QString doing = Text::tr("การบันทึกผลิตภัณฑ์ของแผน");
    const QString now = nowUtc();
    // Only the rows that change are touched, so an exchange sends no more than was edited.
    for (const QString& id : before)
        if (!productIds.contains(id))
            sql::run(db,
                     QStringLiteral("DELETE FROM business_plan_products WHERE plan_id = ? AND "
                                    "product_id = ?"),
                     {planId, id}, doing);
    for (const QString& id : productIds)
        if (!before.contains(id))
            sql::run(db,
                     QStringLiteral("INSERT OR IGNORE INTO business_plan_products (id, plan_id, "
                                    "product_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)"),
                     {newUuid(), planId, id, now, now}, doing);
    transaction.commit();
}

QList<PlanStepState> PlanRepository::steps(const QString& planId) {
    QSqlQuery q =
        sql::run(db_.connection(),
                 QStringLiteral("SELECT step, status, started_on, finished_on, notes FROM "
                                "business_plan_steps WHERE plan_id = ? ORDER BY step"),
                 {planId});
    QList<PlanStepState> result;
    while (q.next())
        result.append({planId,
                       planStepFromNumber(q.value(0).toInt()).value_or(PlanStep::DesignCanvas),
                       stepStatusFromKey(rows::text(q, 1)).value_or(StepStatus::NotStarted),
                       rows::date(q, 2), rows::date(q, 3), rows::text(q, 4)});
    return result;
}

void PlanRepository::saveStep(const PlanStepState& state) {
    QSqlDatabase& db = db_.connection();
    Transaction transaction(db);
    throwIfAny(validateStep(state));
    QSqlQuery q =
        sql::run(db,
                 QStringLiteral("UPDATE business_plan_steps SET status = ?, started_on = ?, "
                                "finished_on = ?, notes = ?, updated_at = ? "
                                "WHERE plan_id = ? AND step = ?"),
                 {stepStatusKey(state.status), rows::dateValue(state.startedOn),
                  rows::dateValue(state.finishedOn), sql::trimmedText(state.notes), nowUtc(),
                  state.planId, stepNumber(state.step)},
                 Text::tr("การบันทึกขั้นตอนของแผน"));
    if (q.numRowsAffected() != 1)
        throwIfAny({{QStringLiteral("plan_id"), Text::tr("ไม่พบแผนธุรกิจชุมชนที่เลือก")}});
    transaction.commit();
}

}  // namespace thanrak
