#include "storage/Sql.h"
#include "storage/migrations/Migrations.h"

#include <QCoreApplication>

namespace thanrak::migrations {

// Village funds (กองทุนหมู่บ้าน) run on the savings-group engine and add what
// funds have of their own (DOMAIN.md §3):
//
// - capital pools: government money (บัญชี 1), project money, the fund's own
//   money and outside loans, each with its bank account and three ledger
//   accounts of its own (bank, capital, loans lent from it). Those accounts
//   carry the roles pool_bank, pool_capital and pool_loans, which an
//   organisation has once per pool, so the one-per-organisation index on
//   roles leaves them out;
// - loans lent from a pool, in a committee's loan round, and renewals and
//   restructurings that settle an older contract and say which;
// - receipt lines for shares, contract fees and the risk fund;
// - bank statements typed in by the treasurer and the book lines each one
//   cleared (bank reconciliation);
// - grading schemes as data, and one grade per fund and year with its scores.
static const char* const kPools = R"sql(
DROP INDEX accounts_role;
CREATE UNIQUE INDEX accounts_role ON accounts(organisation_id, role)
  WHERE role IS NOT NULL AND role NOT IN ('pool_bank', 'pool_capital', 'pool_loans');
CREATE TABLE capital_pools (
  id TEXT PRIMARY KEY,
  organisation_id TEXT NOT NULL REFERENCES organisations(id),
  position INTEGER NOT NULL CHECK (position >= 1),
  kind TEXT NOT NULL CHECK (kind IN ('government', 'project', 'own', 'outside_loan')),
  name TEXT NOT NULL CHECK (name <> ''),
  bank_name TEXT NOT NULL DEFAULT '',
  bank_account_no TEXT NOT NULL DEFAULT '',
  opened_on TEXT NOT NULL CHECK (date(opened_on) = opened_on),
  bank_account_id TEXT NOT NULL UNIQUE REFERENCES accounts(id),
  capital_account_id TEXT NOT NULL UNIQUE REFERENCES accounts(id),
  loans_account_id TEXT NOT NULL UNIQUE REFERENCES accounts(id),
  lender TEXT NOT NULL DEFAULT '',
  loan_rate_percent TEXT,
  loan_rate_period TEXT CHECK (loan_rate_period IS NULL OR loan_rate_period IN ('month', 'year')),
  loan_months INTEGER CHECK (loan_months IS NULL OR loan_months BETWEEN 1 AND 360),
  loan_method TEXT CHECK (loan_method IS NULL OR
                          loan_method IN ('flat', 'equal-principal', 'annuity', 'maturity')),
  notes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (organisation_id, position),
  UNIQUE (organisation_id, name),
  CHECK ((kind = 'outside_loan') = (lender <> '' AND loan_rate_percent IS NOT NULL AND
                                    loan_months IS NOT NULL AND loan_method IS NOT NULL))
);
CREATE TABLE pool_movements (
  id TEXT PRIMARY KEY,
  pool_id TEXT NOT NULL REFERENCES capital_pools(id),
  movement_date TEXT NOT NULL CHECK (date(movement_date) = movement_date),
  kind TEXT NOT NULL CHECK (kind IN ('capital', 'outside_repayment', 'deposit', 'withdrawal')),
  amount INTEGER NOT NULL CHECK (amount > 0),
  interest INTEGER NOT NULL DEFAULT 0 CHECK (interest >= 0),
  source TEXT NOT NULL CHECK (source <> ''),
  entry_id TEXT NOT NULL REFERENCES journal_entries(id),
  created_at TEXT NOT NULL
);
CREATE INDEX pool_movements_pool ON pool_movements(pool_id, movement_date);
CREATE TRIGGER pool_movements_no_update BEFORE UPDATE ON pool_movements
BEGIN SELECT RAISE(ABORT, 'pool movements are never changed; reverse the entry'); END;
CREATE TRIGGER pool_movements_no_delete BEFORE DELETE ON pool_movements
BEGIN SELECT RAISE(ABORT, 'pool movements are never deleted; reverse the entry'); END;
)sql";

static const char* const kRounds = R"sql(
CREATE TABLE loan_rounds (
  id TEXT PRIMARY KEY,
  organisation_id TEXT NOT NULL REFERENCES organisations(id),
  pool_id TEXT NOT NULL REFERENCES capital_pools(id),
  product_id TEXT NOT NULL REFERENCES loan_products(id),
  round_year INTEGER NOT NULL CHECK (round_year BETWEEN 1900 AND 2200),
  round_no INTEGER NOT NULL CHECK (round_no >= 1),
  title TEXT NOT NULL CHECK (title <> ''),
  opened_on TEXT NOT NULL CHECK (date(opened_on) = opened_on),
  apply_by TEXT NOT NULL CHECK (date(apply_by) = apply_by AND apply_by >= opened_on),
  ordinary_cap INTEGER NOT NULL CHECK (ordinary_cap > 0),
  raised_cap INTEGER NOT NULL CHECK (raised_cap >= ordinary_cap),
  contract_fee INTEGER NOT NULL DEFAULT 0 CHECK (contract_fee >= 0),
  risk_fund_percent TEXT NOT NULL DEFAULT '0',
  closed_on TEXT CHECK (closed_on IS NULL OR (date(closed_on) = closed_on AND closed_on >= opened_on)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (organisation_id, round_year, round_no)
);
ALTER TABLE loans ADD COLUMN pool_id TEXT REFERENCES capital_pools(id);
ALTER TABLE loans ADD COLUMN round_id TEXT REFERENCES loan_rounds(id);
ALTER TABLE loans ADD COLUMN replaces_kind TEXT
  CHECK (replaces_kind IS NULL OR replaces_kind IN ('renewal', 'restructure'));
ALTER TABLE group_rules ADD COLUMN dividend_on TEXT NOT NULL DEFAULT 'savings'
  CHECK (dividend_on IN ('savings', 'shares'));
CREATE INDEX loans_round ON loans(round_id) WHERE round_id IS NOT NULL;
CREATE INDEX loans_pool ON loans(pool_id) WHERE pool_id IS NOT NULL;
)sql";

// SQLite cannot widen a CHECK, so receipt_lines is rebuilt with the new kinds;
// its rows are copied as they are and its guards put back.
static const char* const kReceiptKinds = R"sql(
CREATE TABLE receipt_lines_v6 (
  id TEXT PRIMARY KEY,
  receipt_id TEXT NOT NULL REFERENCES receipts(id),
  line_no INTEGER NOT NULL CHECK (line_no > 0),
  kind TEXT NOT NULL CHECK (kind IN ('sajja', 'deposit', 'entrance_fee', 'principal', 'interest',
                                     'fine', 'other', 'shares', 'contract_fee', 'risk_fund')),
  loan_id TEXT REFERENCES loans(id),
  instalment_no INTEGER CHECK (instalment_no IS NULL OR instalment_no >= 1),
  for_month TEXT CHECK (for_month IS NULL OR for_month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
  amount INTEGER NOT NULL CHECK (amount > 0),
  memo TEXT,
  UNIQUE (receipt_id, line_no),
  CHECK (kind NOT IN ('principal', 'interest') OR (loan_id IS NOT NULL AND instalment_no IS NOT NULL)),
  CHECK (kind <> 'sajja' OR for_month IS NOT NULL)
);
INSERT INTO receipt_lines_v6 SELECT id, receipt_id, line_no, kind, loan_id, instalment_no,
  for_month, amount, memo FROM receipt_lines;
DROP TABLE receipt_lines;
ALTER TABLE receipt_lines_v6 RENAME TO receipt_lines;
CREATE INDEX receipt_lines_loan ON receipt_lines(loan_id) WHERE loan_id IS NOT NULL;
CREATE TRIGGER receipt_lines_no_update BEFORE UPDATE ON receipt_lines
BEGIN SELECT RAISE(ABORT, 'receipts are never changed; reverse the receipt''s entry'); END;
CREATE TRIGGER receipt_lines_no_delete BEFORE DELETE ON receipt_lines
BEGIN SELECT RAISE(ABORT, 'receipts are never deleted; reverse the receipt''s entry'); END;
)sql";

static const char* const kReconciliation = R"sql(
CREATE TABLE bank_statements (
  id TEXT PRIMARY KEY,
  pool_id TEXT NOT NULL REFERENCES capital_pools(id),
  statement_date TEXT NOT NULL CHECK (date(statement_date) = statement_date),
  balance INTEGER NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  UNIQUE (pool_id, statement_date)
);
CREATE TABLE bank_statement_lines (
  statement_id TEXT NOT NULL REFERENCES bank_statements(id),
  journal_line_id TEXT NOT NULL UNIQUE REFERENCES journal_lines(id),
  PRIMARY KEY (statement_id, journal_line_id)
);
CREATE TABLE grading_schemes (
  id TEXT PRIMARY KEY,
  key TEXT NOT NULL UNIQUE CHECK (key <> ''),
  name TEXT NOT NULL CHECK (name <> ''),
  definition TEXT NOT NULL CHECK (definition <> ''),
  created_at TEXT NOT NULL
);
CREATE TRIGGER grading_schemes_no_update BEFORE UPDATE ON grading_schemes
BEGIN SELECT RAISE(ABORT, 'a grading scheme is never changed; add a new one'); END;
CREATE TABLE fund_grades (
  id TEXT PRIMARY KEY,
  organisation_id TEXT NOT NULL REFERENCES organisations(id),
  year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
  scheme_id TEXT NOT NULL REFERENCES grading_schemes(id),
  assessed_on TEXT NOT NULL CHECK (date(assessed_on) = assessed_on),
  assessor TEXT NOT NULL DEFAULT '',
  score TEXT NOT NULL,
  grade TEXT NOT NULL CHECK (grade <> ''),
  scores TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (organisation_id, year)
);
)sql";

void applyVillageFunds(QSqlDatabase& db) {
    const QString doing = QCoreApplication::translate("Storage", "การสร้างตารางกองทุนหมู่บ้าน");
    sql::runScript(db, QString::fromUtf8(kPools), doing);
    sql::runScript(db, QString::fromUtf8(kRounds), doing);
    sql::runScript(db, QString::fromUtf8(kReceiptKinds), doing);
    sql::runScript(db, QString::fromUtf8(kReconciliation), doing);
}

}  // namespace thanrak::migrations
