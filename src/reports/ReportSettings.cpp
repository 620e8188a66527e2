#include "reports/ReportSettings.h"

#include "base/Error.h"
#include "base/Ids.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QSqlQuery>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Report)
};
}  // namespace

QByteArray logoFromFile(const QString& path) {
    QImage image(path);
    if (image.isNull())
        throw Error(
            QStringLiteral("report.logo"),
            Text::tr("ไฟล์ %1 ไม่ใช่รูปภาพที่อ่านได้ ใช้ไฟล์ PNG หรือ JPG").arg(QFileInfo(path).fileName()));
    if (image.width() > 400 || image.height() > 400)
        image = image.scaled(400, 400, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    // A photograph can be large even at 400 px: smaller until it fits the
    // file's 512 KB limit for a logo.
    for (;;) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        if (png.size() <= 500 * 1024 || image.width() < 50)
            return png;
        image = image.scaled(image.width() * 3 / 4, image.height() * 3 / 4, Qt::KeepAspectRatio,
                             Qt::SmoothTransformation);
    }
}

ReportSettings ReportSettingsRepository::of(const QString& organisationId) {
    QSqlQuery q = sql::run(db_.connection(),
                           QStringLiteral("SELECT logo, preparer_name, chair_name, auditor_name "
                                          "FROM report_settings WHERE organisation_id = ?"),
                           {organisationId});
    ReportSettings settings;
    settings.organisationId = organisationId;
    if (q.next()) {
        settings.logoPng = q.value(0).toByteArray();
        settings.preparer = q.value(1).toString();
        settings.chair = q.value(2).toString();
        settings.auditor = q.value(3).toString();
    }
    return settings;
}

void ReportSettingsRepository::save(const ReportSettings& s) {
    // A name never typed is an empty name, not NULL.
    const auto name = [](const QString& v) {
        return QVariant(v.trimmed().isEmpty() ? QStringLiteral("") : v.trimmed());
    };
    Transaction transaction(db_.connection());
    sql::run(db_.connection(),
             QStringLiteral("INSERT INTO report_settings (organisation_id, logo, preparer_name, "
                            "chair_name, auditor_name, updated_at) VALUES (?, ?, ?, ?, ?, ?) "
                            "ON CONFLICT (organisation_id) DO UPDATE SET logo = excluded.logo, "
                            "preparer_name = excluded.preparer_name, chair_name = "
                            "excluded.chair_name, auditor_name = excluded.auditor_name, "
                            "updated_at = excluded.updated_at"),
             {s.organisationId, s.logoPng.isEmpty() ? QVariant() : QVariant(s.logoPng),
              name(s.preparer), name(s.chair), name(s.auditor), nowUtc()},
             Text::tr("การบันทึกการตั้งค่าการพิมพ์"));
    transaction.commit();
}

}  // namespace thanrak
