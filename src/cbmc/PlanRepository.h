#pragma once

#include "cbmc/CbmcRecords.h"
#include "domain/Validation.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace thanrak {

class Database;

// What deleting a plan takes with it, for the question asked before it goes.
struct PlanContents {
    int versions = 0;
    int cards = 0;
    int ksnbItems = 0;
    int attachments = 0;
};

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
    // A new plan with an empty version 1 dated `dated`, the four steps not
    // started and the OTOP products it covers; returns version 1.
    PlanVersion create(BusinessPlan& plan, const QDate& dated, const QStringList& productIds = {});
    // Saves the organisation, title and notes of a plan already made, and
    // its products when given, all or nothing.
    void save(const BusinessPlan& plan, const std::optional<QStringList>& productIds = std::nullopt);
    PlanContents contents(const QString& planId);
    // Deletes the plan with all its versions, cards, links, KSNB items, steps,
    // attachments and product links, in one transaction; each row leaves a
    // tombstone so the deletion travels in bundles.
    void remove(const QString& planId);

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
