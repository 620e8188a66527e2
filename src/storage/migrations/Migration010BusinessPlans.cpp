#include "storage/Sql.h"
#include "storage/migrations/Migrations.h"

#include <QCoreApplication>

namespace thanrak::migrations {

// Community business plans (แผนธุรกิจชุมชน, C-BMC, DOMAIN.md §5): a plan of any
// organisation, the OTOP products it covers, its dated versions, the cards of
// each version's nine-block canvas with the method's links between them, the
// KSNB capacity-building items, the four steps of the process and the files
// kept as evidence of each step.
//
// Which blocks may be linked is the method's rule and is checked in the core;
// the schema only keeps what no program may break (block numbers, amounts on
// the revenue and cost blocks only, one position per card in a block).
// copied_from is a lineage pointer, not a reference: the card it names may be
// removed later, and comparing versions must still work.
//
// Every table here can be edited or deleted, so each has updated_at and a
// tombstone trigger for data exchange (migration 8).
static const char* const kBusinessPlans = R"sql(
CREATE TABLE business_plans (
  id TEXT PRIMARY KEY,
  organisation_id TEXT NOT NULL REFERENCES organisations(id),
  title TEXT NOT NULL CHECK (title <> ''),
  notes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX business_plans_organisation ON business_plans(organisation_id);
CREATE TABLE business_plan_products (
  id TEXT PRIMARY KEY,
  plan_id TEXT NOT NULL REFERENCES business_plans(id),
  product_id TEXT NOT NULL REFERENCES otop_products(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (plan_id, product_id)
);
CREATE TABLE business_plan_versions (
  id TEXT PRIMARY KEY,
  plan_id TEXT NOT NULL REFERENCES business_plans(id),
  version_no INTEGER NOT NULL CHECK (version_no >= 1),
  version_date TEXT NOT NULL CHECK (date(version_date) = version_date),
  based_on_id TEXT,
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (plan_id, version_no)
);
CREATE TABLE business_plan_items (
  id TEXT PRIMARY KEY,
  version_id TEXT NOT NULL REFERENCES business_plan_versions(id),
  block INTEGER NOT NULL CHECK (block BETWEEN 1 AND 9),
  position INTEGER NOT NULL CHECK (position >= 1),
  text TEXT NOT NULL CHECK (text <> '' AND length(text) <= 200),
  amount INTEGER CHECK (amount IS NULL OR (block IN (5, 9) AND amount >= 0)),
  copied_from TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (version_id, block, position)
);
CREATE TABLE business_plan_links (
  id TEXT PRIMARY KEY,
  from_item_id TEXT NOT NULL REFERENCES business_plan_items(id),
  to_item_id TEXT NOT NULL REFERENCES business_plan_items(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (from_item_id <> to_item_id),
  UNIQUE (from_item_id, to_item_id)
);
CREATE INDEX business_plan_links_to ON business_plan_links(to_item_id);
CREATE TABLE business_plan_ksnb (
  id TEXT PRIMARY KEY,
  plan_id TEXT NOT NULL REFERENCES business_plans(id),
  kind TEXT NOT NULL CHECK (kind IN ('knowledge', 'skill', 'network', 'business_model')),
  topic TEXT NOT NULL CHECK (topic <> ''),
  activity TEXT NOT NULL DEFAULT '',
  start_on TEXT CHECK (start_on IS NULL OR date(start_on) = start_on),
  end_on TEXT CHECK (end_on IS NULL OR date(end_on) = end_on),
  responsible TEXT NOT NULL DEFAULT '',
  person_id TEXT REFERENCES people(id),
  status TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'done', 'cancelled')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (start_on IS NULL OR end_on IS NULL OR end_on >= start_on)
);
CREATE INDEX business_plan_ksnb_plan ON business_plan_ksnb(plan_id);
CREATE TABLE business_plan_steps (
  id TEXT PRIMARY KEY,
  plan_id TEXT NOT NULL REFERENCES business_plans(id),
  step INTEGER NOT NULL CHECK (step BETWEEN 1 AND 4),
  status TEXT NOT NULL CHECK (status IN ('not_started', 'in_progress', 'done')),
  started_on TEXT CHECK (started_on IS NULL OR date(started_on) = started_on),
  finished_on TEXT CHECK (finished_on IS NULL OR date(finished_on) = finished_on),
  notes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (started_on IS NULL OR finished_on IS NULL OR finished_on >= started_on),
  UNIQUE (plan_id, step)
);
CREATE TABLE business_plan_attachments (
  id TEXT PRIMARY KEY,
  plan_id TEXT NOT NULL REFERENCES business_plans(id),
  step INTEGER NOT NULL CHECK (step BETWEEN 1 AND 4),
  file_name TEXT NOT NULL CHECK (file_name <> ''),
  mime TEXT NOT NULL DEFAULT '',
  data BLOB NOT NULL CHECK (length(data) BETWEEN 1 AND 10485760),
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX business_plan_attachments_plan ON business_plan_attachments(plan_id, step);
)sql";

static const char* const kTombstoned[] = {
    "business_plans",      "business_plan_products",    "business_plan_versions",
    "business_plan_items", "business_plan_links",       "business_plan_ksnb",
    "business_plan_steps", "business_plan_attachments",
};

void applyBusinessPlans(QSqlDatabase& db) {
    const QString doing = QCoreApplication::translate("Storage", "การสร้างตารางแผนธุรกิจชุมชน");
    sql::runScript(db, QString::fromUtf8(kBusinessPlans), doing);
    for (const char* table : kTombstoned)
        sql::run(
            db,
            QStringLiteral("CREATE TRIGGER %1_tombstone AFTER DELETE ON %1 BEGIN "
                           "INSERT OR REPLACE INTO tombstones (table_name, row_key, deleted_at) "
                           "VALUES ('%1', OLD.id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END")
                .arg(QLatin1String(table)),
            {}, doing);
}

}  // namespace thanrak::migrations
