#include "storage/Sql.h"
#include "storage/migrations/Migrations.h"

#include <QCoreApplication>

namespace thanrak::migrations {

// Places carry their DOPA code as the key (it is the same in every office) and
// a UUID derived from it for data exchange. Provinces and districts are
// shipped; subdistricts and villages are added by users or imported.
static const char* const kPlaces = R"sql(
CREATE TABLE schema_log (
  version INTEGER PRIMARY KEY,
  description TEXT NOT NULL,
  applied_at TEXT NOT NULL,
  app_version TEXT NOT NULL
);
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE provinces (
  code TEXT PRIMARY KEY CHECK (length(code) = 2 AND code NOT GLOB '*[^0-9]*'),
  uuid TEXT NOT NULL UNIQUE,
  name_th TEXT NOT NULL CHECK (name_th <> ''),
  name_en TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE districts (
  code TEXT PRIMARY KEY CHECK (length(code) = 4 AND code NOT GLOB '*[^0-9]*'),
  province_code TEXT NOT NULL REFERENCES provinces(code),
  uuid TEXT NOT NULL UNIQUE,
  name_th TEXT NOT NULL CHECK (name_th <> ''),
  name_en TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (substr(code, 1, 2) = province_code)
);
CREATE INDEX districts_province ON districts(province_code);
CREATE TABLE subdistricts (
  code TEXT PRIMARY KEY CHECK (length(code) = 6 AND code NOT GLOB '*[^0-9]*'),
  district_code TEXT NOT NULL REFERENCES districts(code),
  uuid TEXT NOT NULL UNIQUE,
  name_th TEXT NOT NULL CHECK (name_th <> ''),
  name_en TEXT,
  postcode TEXT CHECK (postcode IS NULL OR (length(postcode) = 5 AND postcode NOT GLOB '*[^0-9]*')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (substr(code, 1, 4) = district_code)
);
CREATE INDEX subdistricts_district ON subdistricts(district_code);
CREATE TABLE villages (
  code TEXT PRIMARY KEY CHECK (length(code) = 8 AND code NOT GLOB '*[^0-9]*'),
  subdistrict_code TEXT NOT NULL REFERENCES subdistricts(code),
  moo INTEGER NOT NULL CHECK (moo BETWEEN 1 AND 99),
  uuid TEXT NOT NULL UNIQUE,
  name_th TEXT NOT NULL CHECK (name_th <> ''),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (substr(code, 1, 6) = subdistrict_code),
  CHECK (CAST(substr(code, 7, 2) AS INTEGER) = moo)
);
CREATE INDEX villages_subdistrict ON villages(subdistrict_code)
)sql";

void applyPlaces(QSqlDatabase& db) {
    sql::runScript(db, QString::fromUtf8(kPlaces),
                   QCoreApplication::translate("Storage", "การสร้างตารางสถานที่"));
}

}  // namespace thanrak::migrations
