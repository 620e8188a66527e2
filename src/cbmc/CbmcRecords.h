#pragma once

#include "cbmc/CbmcTypes.h"
#include "money/Money.h"

#include <QDate>
#include <QString>

#include <optional>

namespace thanrak {

// A community business plan of one organisation: a community enterprise, an
// OTOP producer group or a savings group.
struct BusinessPlan {
    QString id;  // UUID; empty until saved
    QString organisationId;
    QString title;
    QString notes;
};

// One dated state of a plan's canvas. Version 1 is made with the plan; each
// later one starts as a copy of the version it is based on.
struct PlanVersion {
    QString id;
    QString planId;
    int number = 0;  // 1, 2, ...
    QDate dated;
    QString basedOnId;  // empty for version 1
    QString note;
};

// One card on the canvas: a short text in a block, and for revenue (5) and
// cost (9) cards an amount for the year.
struct CanvasItem {
    QString id;
    QString versionId;
    CanvasBlock block = CanvasBlock::ValueProposition;
    int position = 0;  // 1..n within the block; set by the repository
    QString text;
    std::optional<Money> amount;
    QString copiedFrom;  // the card of the earlier version this one started as
};

// A link the method draws between two cards of the same version (see linkAllowed).
struct CanvasLink {
    QString id;
    QString fromItemId;
    QString toItemId;
};

// One capacity-building item (KSNB) of a plan.
struct KsnbItem {
    QString id;
    QString planId;
    KsnbKind kind = KsnbKind::Knowledge;
    QString topic;
    QString activity;
    QDate startOn;
    QDate endOn;
    QString responsible;  // a name as typed, or
    QString personId;     // a registered person; either may be empty
    KsnbStatus status = KsnbStatus::Planned;
    QString personName = {};  // read only: the registered person's name, as listed

    // Who is responsible as a list shows it: the registered person, the name
    // as typed, or both ("นางสมศรี ใจงาม · พัฒนากรตำบล").
    QString responsibleLabel() const;
};

// Where a plan stands in one of the four steps.
struct PlanStepState {
    QString planId;
    PlanStep step = PlanStep::DesignCanvas;
    StepStatus status = StepStatus::NotStarted;
    QDate startedOn;
    QDate finishedOn;
    QString notes;
};

// A file kept as evidence of a step (minutes, photos, the drawn canvas).
struct PlanAttachment {
    QString id;
    QString planId;
    PlanStep step = PlanStep::DesignCanvas;
    QString fileName;
    QString mime;
    QString note;
    qint64 size = 0;  // bytes
    QString createdAt;
};

}  // namespace thanrak
