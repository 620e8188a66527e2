#include "storage/Sql.h"
#include "storage/migrations/Migrations.h"

#include <QCoreApplication>

namespace thanrak::migrations {

// The double-entry books of an organisation. Amounts are integer satang.
// Posted entries are immutable: triggers refuse UPDATE and DELETE, so a
// correction can only be a reversing entry, and a closed month refuses new
// entries even from a program that forgets to ask.
static const char* const kLedger = R"sql(
CREATE TABLE accounts (
  id TEXT PRIMARY KEY,
  organisation_id TEXT NOT NULL REFERENCES organisations(id),
  code TEXT NOT NULL CHECK (code <> ''),
  name TEXT NOT NULL CHECK (name <> ''),
  type TEXT NOT NULL CHECK (type IN ('asset', 'liability', 'equity', 'income', 'expense')),
  role TEXT,
  per_member INTEGER NOT NULL DEFAULT 0 CHECK (per_member IN (0, 1)),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (organisation_id, code)
);
CREATE UNIQUE INDEX accounts_role ON accounts(organisation_id, role) WHERE role IS NOT NULL;
CREATE TABLE journal_entries (
  id TEXT PRIMARY KEY,
  organisation_id TEXT NOT NULL REFERENCES organisations(id),
  entry_no INTEGER NOT NULL CHECK (entry_no > 0),
  entry_date TEXT NOT NULL CHECK (date(entry_date) = entry_date),
  description TEXT NOT NULL CHECK (description <> ''),
  source TEXT NOT NULL,
  source_id TEXT,
  reverses_entry_id TEXT REFERENCES journal_entries(id),
  reason TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (organisation_id, entry_no),
  CHECK (reverses_entry_id IS NULL OR coalesce(reason, '') <> '')
);
CREATE UNIQUE INDEX journal_entries_reversal ON journal_entries(reverses_entry_id)
  WHERE reverses_entry_id IS NOT NULL;
CREATE INDEX journal_entries_date ON journal_entries(organisation_id, entry_date);
CREATE INDEX journal_entries_source ON journal_entries(source, source_id);
CREATE TABLE journal_lines (
  id TEXT PRIMARY KEY,
  entry_id TEXT NOT NULL REFERENCES journal_entries(id),
  line_no INTEGER NOT NULL CHECK (line_no > 0),
  account_id TEXT NOT NULL REFERENCES accounts(id),
  membership_id TEXT REFERENCES memberships(id),
  loan_id TEXT,
  debit INTEGER NOT NULL DEFAULT 0 CHECK (debit >= 0),
  credit INTEGER NOT NULL DEFAULT 0 CHECK (credit >= 0),
  memo TEXT,
  CHECK ((debit = 0) <> (credit = 0)),
  UNIQUE (entry_id, line_no)
);
CREATE INDEX journal_lines_account ON journal_lines(account_id);
CREATE INDEX journal_lines_membership ON journal_lines(membership_id) WHERE membership_id IS NOT NULL;
CREATE INDEX journal_lines_loan ON journal_lines(loan_id) WHERE loan_id IS NOT NULL;
CREATE TABLE closed_months (
  organisation_id TEXT NOT NULL REFERENCES organisations(id),
  month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
  closed_at TEXT NOT NULL,
  PRIMARY KEY (organisation_id, month)
);
CREATE TRIGGER journal_entries_no_update BEFORE UPDATE ON journal_entries
BEGIN SELECT RAISE(ABORT, 'posted journal entries are never changed; post a reversal'); END;
CREATE TRIGGER journal_entries_no_delete BEFORE DELETE ON journal_entries
BEGIN SELECT RAISE(ABORT, 'posted journal entries are never deleted; post a reversal'); END;
CREATE TRIGGER journal_lines_no_update BEFORE UPDATE ON journal_lines
BEGIN SELECT RAISE(ABORT, 'posted journal lines are never changed; post a reversal'); END;
CREATE TRIGGER journal_lines_no_delete BEFORE DELETE ON journal_lines
BEGIN SELECT RAISE(ABORT, 'posted journal lines are never deleted; post a reversal'); END;
CREATE TRIGGER journal_entries_closed_month BEFORE INSERT ON journal_entries
WHEN EXISTS (SELECT 1 FROM closed_months WHERE organisation_id = NEW.organisation_id
             AND month = substr(NEW.entry_date, 1, 7))
BEGIN SELECT RAISE(ABORT, 'the month of this entry is closed'); END
)sql";

void applyLedger(QSqlDatabase& db) {
    sql::runScript(db, QString::fromUtf8(kLedger),
                   QCoreApplication::translate("Storage", "การสร้างตารางบัญชี"));
}

}  // namespace thanrak::migrations
