#include "storage/Sql.h"
#include "storage/migrations/Migrations.h"

#include <QCoreApplication>

namespace thanrak::migrations {

// How an organisation's papers are signed and headed: its logo (a PNG the
// program has already scaled down) and the names printed under the signature
// lines. An empty name means "from the committee terms in force on the
// report's day".
static const char* const kReportSettings = R"sql(
CREATE TABLE report_settings (
  organisation_id TEXT PRIMARY KEY REFERENCES organisations(id),
  logo BLOB CHECK (logo IS NULL OR length(logo) <= 524288),
  preparer_name TEXT NOT NULL DEFAULT '',
  chair_name TEXT NOT NULL DEFAULT '',
  auditor_name TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL
);
)sql";

void applyReportSettings(QSqlDatabase& db) {
    sql::runScript(db, QString::fromUtf8(kReportSettings),
                   QCoreApplication::translate("Storage", "การสร้างตารางตั้งค่าการพิมพ์รายงาน"));
}

}  // namespace thanrak::migrations
