#include "ledger/Periods.h"

#include "base/Ids.h"
#include "ledger/LedgerError.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace thanrak {

namespace {
QString monthKey(int year, int month) {
    return QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'));
}
}  // namespace

void Periods::closeMonth(const QString& organisationId, int year, int month) {
    if (month < 1 || month > 12 || year < 1900)
        throw LedgerError(QStringLiteral("ledger.date"),
                          QCoreApplication::translate("Ledger", "เดือนที่จะปิดบัญชีไม่ถูกต้อง"));
    Transaction transaction(db_.connection());
    sql::run(db_.connection(),
             QStringLiteral("INSERT OR IGNORE INTO closed_months (organisation_id, month, closed_at) "
                            "VALUES (?, ?, ?)"),
             {organisationId, monthKey(year, month), nowUtc()},
             QCoreApplication::translate("Ledger", "การปิดบัญชีประจำเดือน"));
    transaction.commit();
}

bool Periods::isClosed(const QString& organisationId, const QDate& day) {
    return sql::scalar(db_.connection(),
                       QStringLiteral("SELECT 1 FROM closed_months WHERE organisation_id = ? AND month = ?"),
                       {organisationId, monthKey(day.year(), day.month())})
        .isValid();
}

QStringList Periods::closedMonths(const QString& organisationId) {
    QSqlQuery q = sql::run(db_.connection(),
                           QStringLiteral("SELECT month FROM closed_months WHERE organisation_id = ? "
                                          "ORDER BY month"),
                           {organisationId});
    QStringList months;
    while (q.next())
        months << q.value(0).toString();
    return months;
}

}  // namespace thanrak
