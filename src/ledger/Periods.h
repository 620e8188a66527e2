#pragma once

#include <QDate>
#include <QStringList>

namespace thanrak {

class Database;

// Closed months (ปิดบัญชีประจำเดือน): once the committee has checked a month's
// books, no entry dated in it can be posted, so printed reports stay true.
class Periods {
public:
    explicit Periods(Database& database) : db_(database) {}

    void closeMonth(const QString& organisationId, int year, int month);
    bool isClosed(const QString& organisationId, const QDate& day);
    // "2026-10", oldest first.
    QStringList closedMonths(const QString& organisationId);

private:
    Database& db_;
};

}  // namespace thanrak
