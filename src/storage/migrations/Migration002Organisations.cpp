#include "storage/Sql.h"
#include "storage/migrations/Migrations.h"

#include <QCoreApplication>

namespace thanrak::migrations {

// Every row has a UUID key and created/updated times so it can travel in CSV
// bundles. Dates are ISO (C.E.) text; B.E. is only for display.
static const char* const kOrganisations = R"sql(
CREATE TABLE organisations (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('savings_group', 'village_fund',
                                     'community_enterprise', 'otop_producer')),
  code TEXT NOT NULL UNIQUE CHECK (code <> ''),
  name TEXT NOT NULL CHECK (name <> ''),
  village_code TEXT NOT NULL REFERENCES villages(code),
  registered_on TEXT CHECK (registered_on IS NULL OR date(registered_on) = registered_on),
  registration_no TEXT,
  phone TEXT,
  notes TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX organisations_village ON organisations(village_code);
CREATE TABLE people (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL DEFAULT '',
  first_name TEXT NOT NULL CHECK (first_name <> ''),
  last_name TEXT NOT NULL DEFAULT '',
  national_id TEXT UNIQUE CHECK (national_id IS NULL OR
                                 (length(national_id) = 13 AND national_id NOT GLOB '*[^0-9]*')),
  birth_date TEXT CHECK (birth_date IS NULL OR date(birth_date) = birth_date),
  house_no TEXT,
  village_code TEXT REFERENCES villages(code),
  address_line TEXT,
  postcode TEXT CHECK (postcode IS NULL OR (length(postcode) = 5 AND postcode NOT GLOB '*[^0-9]*')),
  phone TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX people_village ON people(village_code);
CREATE INDEX people_names ON people(first_name, last_name);
CREATE TABLE memberships (
  id TEXT PRIMARY KEY,
  organisation_id TEXT NOT NULL REFERENCES organisations(id),
  person_id TEXT NOT NULL REFERENCES people(id),
  member_no TEXT NOT NULL CHECK (member_no <> ''),
  joined_on TEXT NOT NULL CHECK (date(joined_on) = joined_on),
  left_on TEXT CHECK (left_on IS NULL OR (date(left_on) = left_on AND left_on >= joined_on)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (organisation_id, member_no)
);
CREATE INDEX memberships_person ON memberships(person_id);
CREATE TABLE committee_terms (
  id TEXT PRIMARY KEY,
  organisation_id TEXT NOT NULL REFERENCES organisations(id),
  person_id TEXT NOT NULL REFERENCES people(id),
  committee TEXT NOT NULL CHECK (committee IN ('executive', 'loan', 'audit', 'promotion', 'other')),
  role TEXT NOT NULL CHECK (role IN ('chair', 'vice_chair', 'secretary', 'treasurer',
                                     'member', 'advisor')),
  term_start TEXT NOT NULL CHECK (date(term_start) = term_start),
  term_end TEXT CHECK (term_end IS NULL OR (date(term_end) = term_end AND term_end >= term_start)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX committee_terms_organisation ON committee_terms(organisation_id);
CREATE INDEX committee_terms_person ON committee_terms(person_id)
)sql";

void applyOrganisations(QSqlDatabase& db) {
    sql::runScript(db, QString::fromUtf8(kOrganisations),
                   QCoreApplication::translate("Storage", "การสร้างตารางองค์กรและบุคคล"));
}

}  // namespace thanrak::migrations
