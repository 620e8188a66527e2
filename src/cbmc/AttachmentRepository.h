#pragma once

#include "cbmc/CbmcRecords.h"

#include <QByteArray>
#include <QList>

namespace thanrak {

class Database;

// Files kept with a plan as evidence of its steps, stored inside the data file.
class AttachmentRepository {
public:
    explicit AttachmentRepository(Database& database) : db_(database) {}

    // By step, then as they were added; without their bytes.
    QList<PlanAttachment> list(const QString& planId);
    // Refuses an empty file or one over 10 MB (ValidationError, field "data").
    PlanAttachment add(const QString& planId, PlanStep step, const QString& fileName,
                       const QString& mime, const QByteArray& data, const QString& note = {});
    QByteArray data(const QString& id);
    void remove(const QString& id);

private:
    Database& db_;
};

}  // namespace thanrak
