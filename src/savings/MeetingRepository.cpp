#include "savings/MeetingRepository.h"

#include "base/Ids.h"
#include "domain/RowMapping.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace thanrak {

std::optional<Meeting> MeetingRepository::find(const QString& organisationId,
                                               const QString& month) {
    QSqlQuery q =
        sql::run(db_.connection(),
                 QStringLiteral("SELECT id, organisation_id, meeting_date, month, posted_at "
                                "FROM meetings WHERE organisation_id = ? AND month = ?"),
                 {organisationId, month});
    if (!q.next())
        return std::nullopt;
    return Meeting{rows::text(q, 0), rows::text(q, 1), rows::date(q, 2), rows::text(q, 3),
                   rows::text(q, 4)};
}

void MeetingRepository::insert(Meeting& m) {
    m.id = newUuid();
    m.postedAt = nowUtc();
    sql::run(
        db_.connection(),
        QStringLiteral("INSERT INTO meetings (id, organisation_id, meeting_date, month, posted_at, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {m.id, m.organisationId, rows::dateValue(m.meetingDate), m.month, m.postedAt, m.postedAt,
         m.postedAt},
        QCoreApplication::translate("Savings", "การบันทึกการประชุมประจำเดือน"));
}

}  // namespace thanrak
