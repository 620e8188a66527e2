#include "domain/ReferenceData.h"

#include "base/Csv.h"
#include "base/Error.h"
#include "base/Ids.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QFile>

namespace thanrak {

namespace {
QList<QStringList> readShipped(const QString& resource, int columns) {
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("reference.missing"),
                    QCoreApplication::translate("Place", "ไม่พบข้อมูลจังหวัดและอำเภอที่มากับโปรแกรม"));
    QList<QStringList> rows = parseCsv(QString::fromUtf8(file.readAll()));
    if (!rows.isEmpty())
        rows.removeFirst();  // header
    for (const QStringList& row : rows)
        if (row.size() != columns)
            throw Error(QStringLiteral("reference.broken"),
                        QCoreApplication::translate("Place", "ข้อมูลสถานที่ที่มากับโปรแกรมเสียหาย"));
    return rows;
}

// Inserts a missing row or corrects its names; returns 1 when anything changed.
int upsert(QSqlDatabase& db, const QString& table, const QString& kind, const QStringList& row,
           const QString& parentColumn) {
    const QString now = nowUtc();
    const bool hasParent = !parentColumn.isEmpty();
    const QString nameTh = row.at(hasParent ? 2 : 1);
    const QString nameEn = row.at(hasParent ? 3 : 2);
    QSqlQuery current = sql::run(
        db, QStringLiteral("SELECT name_th, name_en FROM %1 WHERE code = ?").arg(table), {row.at(0)});
    if (current.next()) {
        if (current.value(0).toString() == nameTh && current.value(1).toString() == nameEn)
            return 0;
        sql::run(db,
                 QStringLiteral("UPDATE %1 SET name_th = ?, name_en = ?, updated_at = ? WHERE code = ?")
                     .arg(table),
                 {nameTh, nameEn, now, row.at(0)});
        return 1;
    }
    if (hasParent)
        sql::run(db,
                 QStringLiteral("INSERT INTO %1 (code, %2, uuid, name_th, name_en, created_at, "
                                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                     .arg(table, parentColumn),
                 {row.at(0), row.at(1), stableUuid(kind, row.at(0)), nameTh, nameEn, now, now});
    else
        sql::run(db,
                 QStringLiteral("INSERT INTO %1 (code, uuid, name_th, name_en, created_at, "
                                "updated_at) VALUES (?, ?, ?, ?, ?, ?)")
                     .arg(table),
                 {row.at(0), stableUuid(kind, row.at(0)), nameTh, nameEn, now, now});
    return 1;
}
}  // namespace

int installReferenceData(Database& database) {
    const QList<QStringList> provinces = readShipped(QStringLiteral(":/data/provinces.csv"), 3);
    const QList<QStringList> districts = readShipped(QStringLiteral(":/data/districts.csv"), 4);
    QSqlDatabase& db = database.connection();
    Transaction transaction(db);
    int changed = 0;
    for (const QStringList& row : provinces)
        changed += upsert(db, QStringLiteral("provinces"), QStringLiteral("province"), row, {});
    for (const QStringList& row : districts)
        changed += upsert(db, QStringLiteral("districts"), QStringLiteral("district"), row,
                          QStringLiteral("province_code"));
    transaction.commit();
    return changed;
}

}  // namespace thanrak
