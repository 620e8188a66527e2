#include "storage/ThaiSqlCollation.h"

#include "storage/StorageError.h"
#include "thai/ThaiCollation.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace thanrak {

namespace {
int compareUtf8(void*, int lengthA, const void* a, int lengthB, const void* b) {
    const QString left = QString::fromUtf8(static_cast<const char*>(a), lengthA);
    const QString right = QString::fromUtf8(static_cast<const char*>(b), lengthB);
    return compareThai(left, right);
}
}  // namespace

void registerThaiCollation(QSqlDatabase& db) {
    const QVariant handle = db.driver()->handle();
    sqlite3* connection = nullptr;
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        connection = *static_cast<sqlite3* const*>(handle.data());
    const int rc = connection ? sqlite3_create_collation_v2(connection, "THAI", SQLITE_UTF8,
                                                            nullptr, &compareUtf8, nullptr)
                              : SQLITE_ERROR;
    if (rc != SQLITE_OK)
        throw StorageError(QStringLiteral("storage.collation"),
                           QCoreApplication::translate(
                               "Storage", "ไม่สามารถตั้งค่าการเรียงลำดับภาษาไทยของฐานข้อมูลได้"));
}

}  // namespace thanrak
