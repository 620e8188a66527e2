#include "storage/Sql.h"
#include "storage/migrations/Migrations.h"

#include <QCoreApplication>

namespace thanrak::migrations {

// Data travels between offices in CSV bundles (docs/bundles.md):
//
// - tombstones: a row deleted from a table whose rows can change is
//   remembered by its key and the time, so the deletion can travel too.
//   Triggers write them; no program has to remember;
// - exchange_log: every bundle written or read, by its id, so importing the
//   same bundle twice is recognised and the last exchange with another
//   installation is known (the base for telling conflicts);
// - exchange_conflicts: a row changed on both sides since the last exchange,
//   kept with both versions until the user decides;
// - exchange_divergences: records kept here because this file's version was
//   newer than the one another installation sent. That installation has not
//   seen this version, so its next edit of the record is a conflict, not an
//   update that would silently undo the change made here;
// - organisation_arrivals: when each organisation's data last arrived, and
//   from which installation.
static const char* const kExchange = R"sql(
CREATE TABLE tombstones (
  table_name TEXT NOT NULL,
  row_key TEXT NOT NULL,
  deleted_at TEXT NOT NULL,
  PRIMARY KEY (table_name, row_key)
);
CREATE TABLE exchange_log (
  bundle_id TEXT NOT NULL,
  direction TEXT NOT NULL CHECK (direction IN ('export', 'import')),
  installation_id TEXT NOT NULL,
  exported_at TEXT NOT NULL,
  logged_at TEXT NOT NULL,
  file_name TEXT NOT NULL,
  organisations INTEGER NOT NULL CHECK (organisations >= 0),
  summary TEXT NOT NULL,
  PRIMARY KEY (bundle_id, direction)
);
CREATE INDEX exchange_log_installation ON exchange_log(installation_id, exported_at);
CREATE TABLE exchange_conflicts (
  id TEXT PRIMARY KEY,
  table_name TEXT NOT NULL,
  row_key TEXT NOT NULL,
  bundle_id TEXT NOT NULL,
  installation_id TEXT NOT NULL,
  local_row TEXT NOT NULL,
  incoming_row TEXT NOT NULL,
  found_at TEXT NOT NULL,
  resolved_at TEXT,
  resolution TEXT CHECK (resolution IS NULL OR resolution IN ('kept_local', 'took_incoming')),
  CHECK ((resolved_at IS NULL) = (resolution IS NULL))
);
CREATE UNIQUE INDEX exchange_conflicts_open ON exchange_conflicts(table_name, row_key)
  WHERE resolved_at IS NULL;
CREATE TABLE exchange_divergences (
  table_name TEXT NOT NULL,
  row_key TEXT NOT NULL,
  installation_id TEXT NOT NULL,
  PRIMARY KEY (table_name, row_key, installation_id)
);
CREATE TABLE organisation_arrivals (
  organisation_id TEXT PRIMARY KEY REFERENCES organisations(id),
  installation_id TEXT NOT NULL,
  bundle_id TEXT NOT NULL,
  exported_at TEXT NOT NULL,
  imported_at TEXT NOT NULL
);
)sql";

// Tables whose rows may be edited or deleted, with their key column. Tables
// whose rows never change (ledger, receipts, schedules) have guards that
// refuse deletion, so they need no tombstones.
static const char* const kTombstoned[][2] = {
    {"provinces", "code"},          {"districts", "code"},
    {"subdistricts", "code"},       {"villages", "code"},
    {"organisations", "id"},        {"people", "id"},
    {"memberships", "id"},          {"committee_terms", "id"},
    {"accounts", "id"},             {"loan_products", "id"},
    {"member_pledges", "id"},       {"beneficiaries", "id"},
    {"loans", "id"},                {"loan_guarantors", "id"},
    {"meetings", "id"},             {"allocation_runs", "id"},
    {"allocation_run_heads", "id"}, {"allocation_run_members", "id"},
    {"capital_pools", "id"},        {"loan_rounds", "id"},
    {"fund_grades", "id"},          {"report_settings", "organisation_id"},
};

void applyExchange(QSqlDatabase& db) {
    const QString doing = QCoreApplication::translate("Storage", "การสร้างตารางแลกเปลี่ยนข้อมูล");
    sql::runScript(db, QString::fromUtf8(kExchange), doing);
    for (const auto& table : kTombstoned) {
        const QString name = QString::fromLatin1(table[0]);
        const QString key = QString::fromLatin1(table[1]);
        sql::run(db,
                 QStringLiteral("CREATE TRIGGER %1_tombstone AFTER DELETE ON %1 BEGIN "
                                "INSERT OR REPLACE INTO tombstones (table_name, row_key, deleted_at) "
                                "VALUES ('%1', OLD.%2, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END")
                     .arg(name, key),
                 {}, doing);
    }
}

}  // namespace thanrak::migrations
