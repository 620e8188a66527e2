#include "cbmc/AttachmentRepository.h"

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
}  // namespace

QList<PlanAttachment> AttachmentRepository::list(const QString& planId) {
    QSqlQuery q = sql::run(db_.connection(),
                           QStringLiteral("SELECT id, plan_id, step, file_name, mime, note, "
                                          "length(data), created_at FROM business_plan_attachments "
                                          "WHERE plan_id = ? ORDER BY step, created_at, rowid"),
                           {planId});
    QList<PlanAttachment> result;
    while (q.next())
        result.append({rows::text(q, 0), rows::text(q, 1),
                       planStepFromNumber(q.value(2).toInt()).value_or(PlanStep::DesignCanvas),
                       rows::text(q, 3), rows::text(q, 4), rows::text(q, 5),
                       q.value(6).toLongLong(), rows::text(q, 7)});
    return result;
}

PlanAttachment AttachmentRepository::add(const QString& planId, PlanStep step,
                                         const QString& fileName, const QString& mime,
                                         const QByteArray& data, const QString& note) {
    FieldProblems problems = validateAttachment(fileName, data);
    QSqlDatabase& db = db_.connection();
    Transaction transaction(db);
    if (!sql::scalar(db, QStringLiteral("SELECT 1 FROM business_plans WHERE id = ?"), {planId})
             .isValid())
        problems.append({QStringLiteral("plan_id"), Text::tr("ไม่พบแผนธุรกิจชุมชนที่เลือก")});
    throwIfAny(problems);
    const PlanAttachment attachment{newUuid(),
                                    planId,
                                    step,
                                    sql::trimmedText(fileName),
                                    sql::trimmedText(mime),
                                    sql::trimmedText(note),
                                    data.size(),
                                    nowUtc()};
    sql::run(db,
             QStringLiteral("INSERT INTO business_plan_attachments (id, plan_id, step, file_name, "
                            "mime, data, note, created_at, updated_at) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {attachment.id, planId, stepNumber(step), attachment.fileName, attachment.mime, data,
              attachment.note, attachment.createdAt, attachment.createdAt},
             Text::tr("การเก็บไฟล์แนบของแผน"));
    transaction.commit();
    return attachment;
}

QByteArray AttachmentRepository::data(const QString& id) {
    return sql::scalar(db_.connection(),
                       QStringLiteral("SELECT data FROM business_plan_attachments WHERE id = ?"),
                       {id})
        .toByteArray();
}

void AttachmentRepository::remove(const QString& id) {
    QSqlDatabase& db = db_.connection();
    Transaction transaction(db);
    sql::run(db, QStringLiteral("DELETE FROM business_plan_attachments WHERE id = ?"), {id},
             Text::tr("การลบไฟล์แนบของแผน"));
    transaction.commit();
}

}  // namespace thanrak
