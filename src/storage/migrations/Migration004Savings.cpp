#include "storage/Sql.h"
#include "storage/migrations/Migrations.h"

#include <QCoreApplication>

namespace thanrak::migrations {

// A savings group's year (also used by village funds): rule versions, loan
// products, pledges, beneficiaries, loans with the schedule as contracted,
// guarantors, numbered receipts and monthly meetings. Amounts are integer
// satang; rates and percentages are exact decimal text ("1.25") read with
// Ratio::parse, so no binary fraction ever holds them.
//
// A rule version is never changed once saved (a contract and an allocation run
// point at the version they were made under); the committee adds a new one.
// Receipts and their lines are money documents: like journal entries they are
// never changed or deleted, a mistake is undone by reversing the receipt's
// entry, and every query that sums receipts leaves reversed ones out.
static const char* const kSavingsPeople = R"sql(
ALTER TABLE people ADD COLUMN spouse_person_id TEXT REFERENCES people(id)
  CHECK (spouse_person_id IS NULL OR spouse_person_id <> id);
CREATE INDEX people_spouse ON people(spouse_person_id) WHERE spouse_person_id IS NOT NULL;
CREATE TABLE group_rules (
  id TEXT PRIMARY KEY,
  organisation_id TEXT NOT NULL REFERENCES organisations(id),
  effective_from TEXT NOT NULL CHECK (date(effective_from) = effective_from),
  share_value INTEGER NOT NULL CHECK (share_value > 0),
  min_shares INTEGER NOT NULL CHECK (min_shares >= 1),
  max_shares INTEGER NOT NULL CHECK (max_shares >= min_shares),
  entrance_fee INTEGER NOT NULL CHECK (entrance_fee >= 0),
  collection_day INTEGER NOT NULL CHECK (collection_day BETWEEN 1 AND 28),
  late_sajja_fine_kind TEXT NOT NULL CHECK (late_sajja_fine_kind IN ('none', 'fixed', 'percent')),
  late_sajja_fine_amount INTEGER NOT NULL DEFAULT 0 CHECK (late_sajja_fine_amount >= 0),
  late_sajja_fine_percent TEXT NOT NULL DEFAULT '0'
    CHECK (late_sajja_fine_percent GLOB '[0-9]*' AND late_sajja_fine_percent NOT GLOB '*[^0-9.]*'),
  late_instalment_fine_kind TEXT NOT NULL
    CHECK (late_instalment_fine_kind IN ('none', 'fixed', 'percent')),
  late_instalment_fine_amount INTEGER NOT NULL DEFAULT 0 CHECK (late_instalment_fine_amount >= 0),
  late_instalment_fine_percent TEXT NOT NULL DEFAULT '0'
    CHECK (late_instalment_fine_percent GLOB '[0-9]*' AND
           late_instalment_fine_percent NOT GLOB '*[^0-9.]*'),
  deposits_enabled INTEGER NOT NULL CHECK (deposits_enabled IN (0, 1)),
  consecutive_misses_limit INTEGER NOT NULL CHECK (consecutive_misses_limit >= 1),
  dividend_basis TEXT NOT NULL CHECK (dividend_basis IN ('time_weighted_monthly', 'year_end_balance')),
  payout_rounding TEXT NOT NULL CHECK (payout_rounding IN ('satang', 'whole_baht_down')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (organisation_id, effective_from)
);
CREATE TABLE group_rule_heads (
  id TEXT PRIMARY KEY,
  rules_id TEXT NOT NULL REFERENCES group_rules(id),
  position INTEGER NOT NULL CHECK (position >= 1),
  key TEXT NOT NULL CHECK (key <> ''),
  kind TEXT NOT NULL CHECK (kind IN ('reserve', 'dividend', 'refund', 'lump')),
  percent TEXT NOT NULL CHECK (percent GLOB '[0-9]*' AND percent NOT GLOB '*[^0-9.]*'),
  name TEXT NOT NULL CHECK (name <> ''),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (rules_id, position),
  UNIQUE (rules_id, key)
);
CREATE TRIGGER group_rules_no_update BEFORE UPDATE ON group_rules
BEGIN SELECT RAISE(ABORT, 'a rules version is never changed; add a new version'); END;
CREATE TRIGGER group_rule_heads_no_update BEFORE UPDATE ON group_rule_heads
BEGIN SELECT RAISE(ABORT, 'a rules version is never changed; add a new version'); END;
CREATE TABLE loan_products (
  id TEXT PRIMARY KEY,
  organisation_id TEXT NOT NULL REFERENCES organisations(id),
  name TEXT NOT NULL CHECK (name <> ''),
  savings_multiple TEXT NOT NULL
    CHECK (savings_multiple GLOB '[0-9]*' AND savings_multiple NOT GLOB '*[^0-9.]*'),
  absolute_cap INTEGER NOT NULL CHECK (absolute_cap > 0),
  max_months INTEGER NOT NULL CHECK (max_months BETWEEN 1 AND 360),
  rate_percent TEXT NOT NULL CHECK (rate_percent GLOB '[0-9]*' AND rate_percent NOT GLOB '*[^0-9.]*'),
  rate_period TEXT NOT NULL CHECK (rate_period IN ('month', 'year')),
  method TEXT NOT NULL CHECK (method IN ('flat', 'equal-principal', 'annuity', 'maturity')),
  guarantor_threshold INTEGER NOT NULL CHECK (guarantor_threshold >= 0),
  guarantors_required INTEGER NOT NULL CHECK (guarantors_required BETWEEN 0 AND 5),
  max_guarantees_per_member INTEGER NOT NULL CHECK (max_guarantees_per_member >= 1),
  max_exposure_per_guarantor INTEGER NOT NULL CHECK (max_exposure_per_guarantor >= 0),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (organisation_id, name)
);
CREATE TABLE member_pledges (
  id TEXT PRIMARY KEY,
  membership_id TEXT NOT NULL REFERENCES memberships(id),
  effective_from TEXT NOT NULL CHECK (date(effective_from) = effective_from),
  shares INTEGER NOT NULL CHECK (shares >= 1),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (membership_id, effective_from)
);
CREATE TABLE beneficiaries (
  id TEXT PRIMARY KEY,
  membership_id TEXT NOT NULL REFERENCES memberships(id),
  position INTEGER NOT NULL CHECK (position >= 1),
  name TEXT NOT NULL CHECK (name <> ''),
  relation TEXT,
  percent TEXT NOT NULL CHECK (percent GLOB '[0-9]*' AND percent NOT GLOB '*[^0-9.]*'),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX beneficiaries_membership ON beneficiaries(membership_id)
)sql";

static const char* const kLoans = R"sql(
CREATE TABLE loans (
  id TEXT PRIMARY KEY,
  organisation_id TEXT NOT NULL REFERENCES organisations(id),
  membership_id TEXT NOT NULL REFERENCES memberships(id),
  product_id TEXT NOT NULL REFERENCES loan_products(id),
  rules_id TEXT NOT NULL REFERENCES group_rules(id),
  status TEXT NOT NULL CHECK (status IN ('applied', 'approved', 'rejected', 'active', 'settled')),
  applied_on TEXT NOT NULL CHECK (date(applied_on) = applied_on),
  requested_amount INTEGER NOT NULL CHECK (requested_amount > 0),
  requested_months INTEGER NOT NULL CHECK (requested_months BETWEEN 1 AND 360),
  purpose TEXT,
  approved_on TEXT CHECK (approved_on IS NULL OR
                          (date(approved_on) = approved_on AND approved_on >= applied_on)),
  approved_amount INTEGER CHECK (approved_amount IS NULL OR approved_amount > 0),
  rejected_on TEXT CHECK (rejected_on IS NULL OR
                          (date(rejected_on) = rejected_on AND rejected_on >= applied_on)),
  decision_note TEXT,
  contract_year INTEGER,
  contract_seq INTEGER CHECK (contract_seq IS NULL OR contract_seq > 0),
  disbursed_on TEXT CHECK (disbursed_on IS NULL OR
                           (date(disbursed_on) = disbursed_on AND disbursed_on >= approved_on)),
  disbursement_kind TEXT CHECK (disbursement_kind IS NULL OR disbursement_kind IN ('cash', 'in_kind')),
  in_kind_description TEXT,
  principal INTEGER CHECK (principal IS NULL OR principal > 0),
  rate_percent TEXT CHECK (rate_percent IS NULL OR
                           (rate_percent GLOB '[0-9]*' AND rate_percent NOT GLOB '*[^0-9.]*')),
  rate_period TEXT CHECK (rate_period IS NULL OR rate_period IN ('month', 'year')),
  months INTEGER CHECK (months IS NULL OR months BETWEEN 1 AND 360),
  method TEXT CHECK (method IS NULL OR method IN ('flat', 'equal-principal', 'annuity', 'maturity')),
  start_date TEXT CHECK (start_date IS NULL OR date(start_date) = start_date),
  maturity_date TEXT CHECK (maturity_date IS NULL OR
                            (date(maturity_date) = maturity_date AND maturity_date > start_date)),
  disbursement_entry_id TEXT REFERENCES journal_entries(id),
  settled_on TEXT CHECK (settled_on IS NULL OR
                         (date(settled_on) = settled_on AND settled_on >= disbursed_on)),
  replaces_loan_id TEXT REFERENCES loans(id) CHECK (replaces_loan_id IS NULL OR replaces_loan_id <> id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (organisation_id, contract_year, contract_seq),
  CHECK ((status IN ('approved', 'active', 'settled')) = (approved_on IS NOT NULL)),
  CHECK ((status = 'rejected') = (rejected_on IS NOT NULL)),
  CHECK ((status IN ('active', 'settled')) =
         (disbursed_on IS NOT NULL AND contract_seq IS NOT NULL AND principal IS NOT NULL AND
          rate_percent IS NOT NULL AND months IS NOT NULL AND method IS NOT NULL AND
          start_date IS NOT NULL AND maturity_date IS NOT NULL AND disbursement_kind IS NOT NULL)),
  CHECK ((status = 'settled') = (settled_on IS NOT NULL)),
  CHECK (disbursement_kind IS NOT 'in_kind' OR coalesce(in_kind_description, '') <> '')
);
CREATE INDEX loans_organisation_status ON loans(organisation_id, status);
CREATE INDEX loans_membership ON loans(membership_id, status);
CREATE INDEX loans_replaces ON loans(replaces_loan_id) WHERE replaces_loan_id IS NOT NULL;
CREATE TABLE loan_instalments (
  id TEXT PRIMARY KEY,
  loan_id TEXT NOT NULL REFERENCES loans(id),
  number INTEGER NOT NULL CHECK (number >= 1),
  due_date TEXT NOT NULL CHECK (date(due_date) = due_date),
  principal INTEGER NOT NULL CHECK (principal >= 0),
  interest INTEGER NOT NULL CHECK (interest >= 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (loan_id, number)
);
CREATE TRIGGER loan_instalments_no_update BEFORE UPDATE ON loan_instalments
BEGIN SELECT RAISE(ABORT, 'a contracted schedule is never changed'); END;
CREATE TRIGGER loan_instalments_no_delete BEFORE DELETE ON loan_instalments
BEGIN SELECT RAISE(ABORT, 'a contracted schedule is never changed'); END;
CREATE TABLE loan_guarantors (
  id TEXT PRIMARY KEY,
  loan_id TEXT NOT NULL REFERENCES loans(id),
  membership_id TEXT NOT NULL REFERENCES memberships(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (loan_id, membership_id)
);
CREATE INDEX loan_guarantors_membership ON loan_guarantors(membership_id)
)sql";

static const char* const kReceipts = R"sql(
CREATE TABLE meetings (
  id TEXT PRIMARY KEY,
  organisation_id TEXT NOT NULL REFERENCES organisations(id),
  meeting_date TEXT NOT NULL CHECK (date(meeting_date) = meeting_date),
  month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]' AND
                             substr(meeting_date, 1, 7) = month),
  posted_at TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (organisation_id, month)
);
CREATE TABLE receipts (
  id TEXT PRIMARY KEY,
  organisation_id TEXT NOT NULL REFERENCES organisations(id),
  receipt_year INTEGER NOT NULL CHECK (receipt_year = CAST(substr(receipt_date, 1, 4) AS INTEGER)),
  receipt_no INTEGER NOT NULL CHECK (receipt_no > 0),
  receipt_date TEXT NOT NULL CHECK (date(receipt_date) = receipt_date),
  membership_id TEXT REFERENCES memberships(id),
  method TEXT NOT NULL CHECK (method IN ('cash', 'savings_offset')),
  total INTEGER NOT NULL CHECK (total > 0),
  journal_entry_id TEXT NOT NULL UNIQUE REFERENCES journal_entries(id),
  meeting_id TEXT REFERENCES meetings(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (organisation_id, receipt_year, receipt_no)
);
CREATE INDEX receipts_date ON receipts(organisation_id, receipt_date);
CREATE INDEX receipts_membership ON receipts(membership_id, receipt_date)
  WHERE membership_id IS NOT NULL;
CREATE INDEX receipts_meeting ON receipts(meeting_id) WHERE meeting_id IS NOT NULL;
CREATE TABLE receipt_lines (
  id TEXT PRIMARY KEY,
  receipt_id TEXT NOT NULL REFERENCES receipts(id),
  line_no INTEGER NOT NULL CHECK (line_no > 0),
  kind TEXT NOT NULL CHECK (kind IN ('sajja', 'deposit', 'entrance_fee', 'principal', 'interest',
                                     'fine', 'other')),
  loan_id TEXT REFERENCES loans(id),
  instalment_no INTEGER CHECK (instalment_no IS NULL OR instalment_no >= 1),
  for_month TEXT CHECK (for_month IS NULL OR for_month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
  amount INTEGER NOT NULL CHECK (amount > 0),
  memo TEXT,
  UNIQUE (receipt_id, line_no),
  CHECK (kind NOT IN ('principal', 'interest') OR (loan_id IS NOT NULL AND instalment_no IS NOT NULL)),
  CHECK (kind <> 'sajja' OR for_month IS NOT NULL)
);
CREATE INDEX receipt_lines_loan ON receipt_lines(loan_id) WHERE loan_id IS NOT NULL;
CREATE TRIGGER receipts_no_update BEFORE UPDATE ON receipts
BEGIN SELECT RAISE(ABORT, 'receipts are never changed; reverse the receipt''s entry'); END;
CREATE TRIGGER receipts_no_delete BEFORE DELETE ON receipts
BEGIN SELECT RAISE(ABORT, 'receipts are never deleted; reverse the receipt''s entry'); END;
CREATE TRIGGER receipt_lines_no_update BEFORE UPDATE ON receipt_lines
BEGIN SELECT RAISE(ABORT, 'receipts are never changed; reverse the receipt''s entry'); END;
CREATE TRIGGER receipt_lines_no_delete BEFORE DELETE ON receipt_lines
BEGIN SELECT RAISE(ABORT, 'receipts are never deleted; reverse the receipt''s entry'); END
)sql";

void applySavings(QSqlDatabase& db) {
    const QString doing = QCoreApplication::translate("Storage", "การสร้างตารางกลุ่มออมทรัพย์และเงินกู้");
    sql::runScript(db, QString::fromUtf8(kSavingsPeople), doing);
    sql::runScript(db, QString::fromUtf8(kLoans), doing);
    sql::runScript(db, QString::fromUtf8(kReceipts), doing);
}

}  // namespace thanrak::migrations
