#include "HistoryWriter.h"

#include "base/Ids.h"
#include "storage/Database.h"

namespace thanrak::bench {

namespace {
QByteArray iso(const QDate& day) {
    return day.toString(Qt::ISODate).toUtf8();
}
}  // namespace

struct HistoryWriter::Statements {
    explicit Statements(sqlite3* db)
        : person(db,
                 "INSERT INTO people (id, title, first_name, last_name, birth_date, village_code, "
                 "created_at, updated_at) VALUES (?, '', ?, ?, ?, ?, ?, ?)"),
          membership(
              db,
              "INSERT INTO memberships (id, organisation_id, person_id, member_no, joined_on, "
              "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
          pledge(db,
                 "INSERT INTO member_pledges (id, membership_id, effective_from, shares, "
                 "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
          meeting(db,
                  "INSERT INTO meetings (id, organisation_id, meeting_date, month, posted_at, "
                  "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
          entry(db,
                "INSERT INTO journal_entries (id, organisation_id, entry_no, entry_date, "
                "description, source, source_id, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
          line(db,
               "INSERT INTO journal_lines (id, entry_id, line_no, account_id, membership_id, "
               "loan_id, debit, credit) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
          receipt(
              db,
              "INSERT INTO receipts (id, organisation_id, receipt_year, receipt_no, receipt_date, "
              "membership_id, method, total, journal_entry_id, meeting_id, created_at, "
              "updated_at) VALUES (?, ?, ?, ?, ?, ?, 'cash', ?, ?, ?, ?, ?)"),
          receiptLine(db,
                      "INSERT INTO receipt_lines (id, receipt_id, line_no, kind, loan_id, "
                      "instalment_no, for_month, amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
          // applied, approved, disbursed and started on one day (?7); approved = requested (?8)
          loan(db,
               "INSERT INTO loans (id, organisation_id, membership_id, product_id, rules_id, "
               "status, "
               "applied_on, requested_amount, requested_months, purpose, approved_on, "
               "approved_amount, contract_year, contract_seq, disbursed_on, disbursement_kind, "
               "in_kind_description, principal, rate_percent, rate_period, months, method, "
               "start_date, maturity_date, disbursement_entry_id, settled_on, created_at, "
               "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?7, ?8, ?11, ?12, "
               "?7, ?13, ?14, ?8, ?15, ?16, ?9, ?17, ?7, ?18, ?19, ?20, ?21, ?21)"),
          instalment(db,
                     "INSERT INTO loan_instalments (id, loan_id, number, due_date, principal, "
                     "interest, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
          guarantor(db,
                    "INSERT INTO loan_guarantors (id, loan_id, membership_id, created_at, "
                    "updated_at) VALUES (?, ?, ?, ?, ?)") {}

    Statement person, membership, pledge, meeting, entry, line, receipt, receiptLine, loan,
        instalment, guarantor;
};

HistoryWriter::HistoryWriter(Database& database)
    : s_(std::make_unique<Statements>(sqliteHandle(database.connection()))),
      now_(nowUtc().toUtf8()) {}

HistoryWriter::~HistoryWriter() = default;

QString HistoryWriter::person(const QString& villageCode, const QString& first, const QString& last,
                              const QDate& birth) {
    const QString id = newUuid();
    s_->person.bind(1, id)
        .bind(2, first)
        .bind(3, last)
        .bindText(4, iso(birth))
        .bind(5, villageCode);
    s_->person.bindText(6, now_).bindText(7, now_).run();
    return id;
}

QString HistoryWriter::membership(const QString& organisationId, const QString& personId,
                                  int memberNo, const QDate& joined) {
    const QString id = newUuid();
    s_->membership.bind(1, id).bind(2, organisationId).bind(3, personId);
    s_->membership.bind(4, QString::number(memberNo)).bindText(5, iso(joined));
    s_->membership.bindText(6, now_).bindText(7, now_).run();
    return id;
}

void HistoryWriter::pledge(const QString& membershipId, const QDate& from, int shares) {
    s_->pledge.bind(1, newUuid()).bind(2, membershipId).bindText(3, iso(from)).bind(4, shares);
    s_->pledge.bindText(5, now_).bindText(6, now_).run();
}

QString HistoryWriter::meeting(const QString& organisationId, const QDate& day) {
    const QString id = newUuid();
    s_->meeting.bind(1, id).bind(2, organisationId).bindText(3, iso(day));
    s_->meeting.bindText(4, iso(day).left(7)).bindText(5, now_).bindText(6, now_).bindText(7, now_);
    s_->meeting.run();
    return id;
}

QString HistoryWriter::entry(const EntryRow& e, const QList<LedgerLine>& lines) {
    const QString id = newUuid();
    s_->entry.bind(1, id).bind(2, e.organisationId).bind(3, e.entryNo).bindText(4, iso(e.date));
    s_->entry.bind(5, e.description).bindText(6, QByteArray(e.source)).bind(7, e.sourceId);
    s_->entry.bindText(8, now_).bindText(9, now_).run();
    for (int i = 0; i < lines.size(); ++i) {
        const LedgerLine& l = lines.at(i);
        s_->line.bind(1, newUuid()).bind(2, id).bind(3, i + 1).bind(4, l.accountId);
        s_->line.bind(5, l.membershipId).bind(6, l.loanId).bind(7, l.debit).bind(8, l.credit).run();
    }
    return id;
}

void HistoryWriter::receipt(const ReceiptRow& r, const QList<ReceiptLineRow>& lines) {
    s_->receipt.bind(1, r.id).bind(2, r.organisationId).bind(3, r.date.year()).bind(4, r.number);
    s_->receipt.bindText(5, iso(r.date)).bind(6, r.membershipId).bind(7, r.total);
    s_->receipt.bind(8, r.entryId).bind(9, r.meetingId).bindText(10, now_).bindText(11, now_).run();
    for (int i = 0; i < lines.size(); ++i) {
        const ReceiptLineRow& l = lines.at(i);
        s_->receiptLine.bind(1, newUuid())
            .bind(2, r.id)
            .bind(3, i + 1)
            .bindText(4, QByteArray(l.kind));
        s_->receiptLine.bind(5, l.loanId).bind(7, l.forMonth).bind(8, l.amount);
        if (l.instalmentNo > 0)
            s_->receiptLine.bind(6, l.instalmentNo);
        s_->receiptLine.run();
    }
}

void HistoryWriter::loan(const LoanRow& l, const std::vector<Instalment>& schedule) {
    Statement& q = s_->loan;
    q.bind(1, l.id).bind(2, l.organisationId).bind(3, l.membershipId).bind(4, l.productId);
    q.bind(5, l.rulesId).bindText(6, l.settledOn.isValid() ? "settled" : "active");
    q.bindText(7, iso(l.day)).bind(8, l.principal).bind(9, l.months);
    q.bind(10, QStringLiteral("ใช้จ่ายในครอบครัวและการเกษตร")).bind(11, l.day.year());
    q.bind(12, l.contractSeq).bindText(13, l.inKind.isEmpty() ? "cash" : "in_kind");
    q.bind(14, l.inKind).bind(15, l.ratePercent).bind(16, l.ratePeriod).bind(17, l.method);
    q.bindText(18, iso(l.maturity)).bind(19, l.entryId);
    q.bind(20, l.settledOn.isValid() ? QString::fromUtf8(iso(l.settledOn)) : QString());
    q.bindText(21, now_).run();
    for (const Instalment& row : schedule) {
        s_->instalment.bind(1, newUuid()).bind(2, l.id).bind(3, row.number);
        s_->instalment.bindText(4, iso(row.dueDate)).bind(5, row.principal.satang());
        s_->instalment.bind(6, row.interest.satang()).bindText(7, now_).bindText(8, now_).run();
    }
}

void HistoryWriter::guarantor(const QString& loanId, const QString& membershipId) {
    s_->guarantor.bind(1, newUuid()).bind(2, loanId).bind(3, membershipId);
    s_->guarantor.bindText(4, now_).bindText(5, now_).run();
}

}  // namespace thanrak::bench
