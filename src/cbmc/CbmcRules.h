#pragma once

#include "cbmc/CbmcRecords.h"
#include "domain/Validation.h"

#include <QByteArray>

namespace thanrak {

// A canvas card is a sticky note, not an essay.
constexpr int kMaxCardText = 200;
constexpr int kMaxTitleText = 200;
// Files are kept inside the data file; larger ones make it slow to copy and send.
constexpr qsizetype kMaxAttachmentBytes = 10 * 1024 * 1024;

// Rules that need no database. Each problem names its field.
FieldProblems validatePlan(const BusinessPlan& plan);
FieldProblems validateVersion(const PlanVersion& version);
FieldProblems validateItem(const CanvasItem& item);
// Both cards as stored; refuses a link the method does not draw, a link
// between versions and a card linked to itself.
FieldProblems validateLink(const CanvasItem& from, const CanvasItem& to);
FieldProblems validateKsnb(const KsnbItem& item);
FieldProblems validateStep(const PlanStepState& state);
FieldProblems validateAttachment(const QString& fileName, const QByteArray& data);

}  // namespace thanrak
