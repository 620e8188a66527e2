#include "savings/SpouseRepository.h"

#include "base/Ids.h"
#include "domain/Validation.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Savings)
};
}  // namespace

QString SpouseRepository::spouseOf(const QString& personId) {
    // Either direction, in case a link was written by an older copy one way only.
    return sql::scalar(
               db_.connection(),
               QStringLiteral("SELECT coalesce((SELECT spouse_person_id FROM people WHERE id = ?), "
                              "(SELECT id FROM people WHERE spouse_person_id = ? LIMIT 1))"),
               {personId, personId})
        .toString();
}

void SpouseRepository::link(const QString& personId, const QString& spousePersonId) {
    if (personId == spousePersonId)
        throw ValidationError(
            {{QStringLiteral("spouse_person_id"), Text::tr("บุคคลเป็นคู่สมรสของตนเองไม่ได้")}});
    Transaction transaction(db_.connection());
    unlink(personId);
    unlink(spousePersonId);
    const QString now = nowUtc();
    for (const auto& [from, to] :
         {std::pair{personId, spousePersonId}, std::pair{spousePersonId, personId}})
        sql::run(
            db_.connection(),
            QStringLiteral("UPDATE people SET spouse_person_id = ?, updated_at = ? WHERE id = ?"),
            {to, now, from}, Text::tr("การบันทึกคู่สมรส"));
    transaction.commit();
}

void SpouseRepository::unlink(const QString& personId) {
    Transaction transaction(db_.connection());
    sql::run(db_.connection(),
             QStringLiteral("UPDATE people SET spouse_person_id = NULL, updated_at = ? WHERE "
                            "(id = ? OR spouse_person_id = ?) AND spouse_person_id IS NOT NULL"),
             {nowUtc(), personId, personId}, Text::tr("การบันทึกคู่สมรส"));
    transaction.commit();
}

}  // namespace thanrak
