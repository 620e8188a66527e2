#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QSqlError>

namespace thanrak {

StorageError StorageError::fromSql(const QSqlError& error, const QString& doing) {
    const QString detail = error.text();
    const bool full = detail.contains(QStringLiteral("disk is full"), Qt::CaseInsensitive) ||
                      detail.contains(QStringLiteral("database or disk is full"));
    if (full) {
        return StorageError(QStringLiteral("storage.full"),
                            QCoreApplication::translate(
                                "Storage", "พื้นที่ดิสก์เต็ม จึง%1ไม่สำเร็จ ข้อมูลยังเหมือนเดิม "
                                           "กรุณาลบไฟล์ที่ไม่ใช้แล้วลองใหม่")
                                .arg(doing));
    }
    return StorageError(
        QStringLiteral("storage.sql"),
        QCoreApplication::translate("Storage", "%1ไม่สำเร็จ ข้อมูลยังเหมือนเดิม (%2)")
            .arg(doing, detail));
}

}  // namespace thanrak
