#pragma once

#include "cbmc/CbmcRecords.h"
#include "domain/Validation.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace thanrak {

class Database;

struct PlanFilter {
    QString subdistrictCode;
    QString organisationId;
};

// A plan as lists and the district view show it: its organisation and tambon,
// its latest version and where it stands in the four steps.
struct BusinessPlanRow {
    BusinessPlan plan;
    QString organisationName;
    QString subdistrictCode;
    QString subdistrictName;
    QString latestVersionId;
    int latestVersionNo = 0;
    QDate latestVersionDate;
    StepStatus steps[4] = {StepStatus::NotStarted, StepStatus::NotStarted, StepStatus::NotStarted,
                           StepStatus::NotStarted};

    StepStatus status(PlanStep step) const { return steps[stepNumber(step) - 1]; }
    // The step the plan is at: the first one not done; nullopt when all four are.
    std::optional<PlanStep> currentStep() const;
};

class PlanRepository {
public:
    explicit PlanRepository(Database& database) : db_(database) {}

    // By tambon, organisation and title: the district view when unfiltered.
    QList<BusinessPlanRow> list(const PlanFilter& filter = {});
    std::optional<BusinessPlanRow> find(const QString& id);

    FieldProblems check(const BusinessPlan& plan);
    // A new plan with an empty version 1 dated `dated` and the four steps not
    // started; returns version 1.
    PlanVersion create(BusinessPlan& plan, const QDate& dated);
    // Saves the title and notes of a plan already made.
    void save(const BusinessPlan& plan);

    // The OTOP products the plan covers (ids), and replacing them.
    QStringList products(const QString& planId);
    void setProducts(const QString& planId, const QStringList& productIds);

    // The four steps, in order.
    QList<PlanStepState> steps(const QString& planId);
    void saveStep(const PlanStepState& state);

private:
    Database& db_;
};

}  // namespace thanrak
