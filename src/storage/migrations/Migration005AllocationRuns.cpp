#include "storage/Sql.h"
#include "storage/migrations/Migrations.h"

#include <QCoreApplication>

namespace thanrak::migrations {

// The year-end allocation (จัดสรรกำไรสุทธิ): one run per organisation and
// accounting year (C.E.). A draft can be replaced as often as the committee
// wants; once posted, the run, its heads and its member lines are final
// (triggers refuse any change) and its journal entries carry source
// 'allocation' and the run's id.
//
// The run keeps the rules version it was made under and a copy of the policy
// as JSON, so a later change of the group's rules never changes an approved
// run. Amounts are integer satang; percentages and the members' dividend
// basis are exact text ("60", "12.5", or a fraction "7201/3").
static const char* const kAllocationRuns = R"sql(
CREATE TABLE allocation_runs (
  id TEXT PRIMARY KEY,
  organisation_id TEXT NOT NULL REFERENCES organisations(id),
  year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
  status TEXT NOT NULL CHECK (status IN ('draft', 'posted')),
  rules_id TEXT NOT NULL REFERENCES group_rules(id),
  rules_effective_from TEXT NOT NULL CHECK (date(rules_effective_from) = rules_effective_from),
  policy TEXT NOT NULL CHECK (policy <> ''),
  net_profit INTEGER NOT NULL,
  notes TEXT NOT NULL DEFAULT '',
  approved_on TEXT CHECK (approved_on IS NULL OR
                          (date(approved_on) = approved_on AND approved_on >= (year || '-12-31'))),
  posted_at TEXT,
  close_entry_id TEXT REFERENCES journal_entries(id),
  allocation_entry_id TEXT REFERENCES journal_entries(id),
  payout_entry_id TEXT REFERENCES journal_entries(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (organisation_id, year),
  CHECK ((status = 'posted') = (approved_on IS NOT NULL AND posted_at IS NOT NULL))
);
CREATE TABLE allocation_run_heads (
  id TEXT PRIMARY KEY,
  run_id TEXT NOT NULL REFERENCES allocation_runs(id),
  position INTEGER NOT NULL CHECK (position >= 1),
  key TEXT NOT NULL CHECK (key <> ''),
  name TEXT NOT NULL CHECK (name <> ''),
  kind TEXT NOT NULL CHECK (kind IN ('reserve', 'dividend', 'refund', 'lump')),
  percent TEXT NOT NULL CHECK (percent <> ''),
  pool INTEGER NOT NULL CHECK (pool >= 0),
  paid_to_members INTEGER NOT NULL CHECK (paid_to_members >= 0),
  moved_to_reserve INTEGER NOT NULL CHECK (moved_to_reserve >= 0),
  received_from_heads INTEGER NOT NULL CHECK (received_from_heads >= 0),
  amount INTEGER NOT NULL CHECK (amount >= 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (run_id, position),
  UNIQUE (run_id, key)
);
CREATE TABLE allocation_run_members (
  id TEXT PRIMARY KEY,
  run_id TEXT NOT NULL REFERENCES allocation_runs(id),
  position INTEGER NOT NULL CHECK (position >= 1),
  membership_id TEXT NOT NULL REFERENCES memberships(id),
  opening_savings INTEGER NOT NULL CHECK (opening_savings >= 0),
  year_end_savings INTEGER NOT NULL CHECK (year_end_savings >= 0),
  dividend_basis TEXT NOT NULL CHECK (dividend_basis <> ''),
  interest_paid INTEGER NOT NULL CHECK (interest_paid >= 0),
  dividend INTEGER NOT NULL CHECK (dividend >= 0),
  refund INTEGER NOT NULL CHECK (refund >= 0),
  total INTEGER NOT NULL CHECK (total = dividend + refund),
  payout TEXT CHECK (payout IS NULL OR payout IN ('cash', 'savings')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (run_id, position),
  UNIQUE (run_id, membership_id)
);
CREATE INDEX allocation_run_members_membership ON allocation_run_members(membership_id);
CREATE TRIGGER allocation_runs_posted_no_update BEFORE UPDATE ON allocation_runs
WHEN OLD.status = 'posted'
BEGIN SELECT RAISE(ABORT, 'a posted allocation run is never changed'); END;
CREATE TRIGGER allocation_runs_posted_no_delete BEFORE DELETE ON allocation_runs
WHEN OLD.status = 'posted'
BEGIN SELECT RAISE(ABORT, 'a posted allocation run is never deleted'); END;
CREATE TRIGGER allocation_run_heads_posted_no_insert BEFORE INSERT ON allocation_run_heads
WHEN (SELECT status FROM allocation_runs WHERE id = NEW.run_id) = 'posted'
BEGIN SELECT RAISE(ABORT, 'a posted allocation run is never changed'); END;
CREATE TRIGGER allocation_run_heads_posted_no_update BEFORE UPDATE ON allocation_run_heads
WHEN (SELECT status FROM allocation_runs WHERE id = OLD.run_id) = 'posted'
BEGIN SELECT RAISE(ABORT, 'a posted allocation run is never changed'); END;
CREATE TRIGGER allocation_run_heads_posted_no_delete BEFORE DELETE ON allocation_run_heads
WHEN (SELECT status FROM allocation_runs WHERE id = OLD.run_id) = 'posted'
BEGIN SELECT RAISE(ABORT, 'a posted allocation run is never deleted'); END;
CREATE TRIGGER allocation_run_members_posted_no_insert BEFORE INSERT ON allocation_run_members
WHEN (SELECT status FROM allocation_runs WHERE id = NEW.run_id) = 'posted'
BEGIN SELECT RAISE(ABORT, 'a posted allocation run is never changed'); END;
CREATE TRIGGER allocation_run_members_posted_no_update BEFORE UPDATE ON allocation_run_members
WHEN (SELECT status FROM allocation_runs WHERE id = OLD.run_id) = 'posted'
BEGIN SELECT RAISE(ABORT, 'a posted allocation run is never changed'); END;
CREATE TRIGGER allocation_run_members_posted_no_delete BEFORE DELETE ON allocation_run_members
WHEN (SELECT status FROM allocation_runs WHERE id = OLD.run_id) = 'posted'
BEGIN SELECT RAISE(ABORT, 'a posted allocation run is never deleted'); END
)sql";

void applyAllocationRuns(QSqlDatabase& db) {
    sql::runScript(db, QString::fromUtf8(kAllocationRuns),
                   QCoreApplication::translate("Storage", "การสร้างตารางการจัดสรรกำไรสุทธิ"));
}

}  // namespace thanrak::migrations
