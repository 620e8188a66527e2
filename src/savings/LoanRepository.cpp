#include "savings/LoanRepository.h"

#include "base/Ids.h"
#include "domain/RowMapping.h"
#include "savings/LoanRows.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Savings)
};

// Principal still owed on one loan: its lines on the loans receivable account.
const QString kLedgerPrincipal = QStringLiteral(
    "(SELECT coalesce(sum(jl.debit - jl.credit), 0) FROM journal_lines jl JOIN accounts a ON "
    "a.id = jl.account_id WHERE jl.loan_id = %1 AND a.role IN ('loans_receivable', 'pool_loans'))");
}  // namespace

QList<Loan> LoanRepository::select(const QString& where, const QVariantList& values) {
    QSqlQuery q =
        sql::runList(db_.connection(),
                     QStringLiteral("SELECT %1 FROM loans l WHERE %2 ORDER BY l.applied_on "
                                    "DESC, l.created_at DESC")
                         .arg(rows::loanColumns(), where),
                     values, Text::tr("การอ่านสัญญาเงินกู้"));
    QList<Loan> result;
    while (q.next()) result.append(rows::readLoan(q));
    return result;
}

std::optional<Loan> LoanRepository::find(const QString& loanId) {
    const QList<Loan> found = select(QStringLiteral("l.id = ?"), {loanId});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<Loan> LoanRepository::list(const QString& organisationId, std::optional<LoanStatus> status) {
    if (status)
        return select(QStringLiteral("l.organisation_id = ? AND l.status = ?"),
                      {organisationId, loanStatusKey(*status)});
    return select(QStringLiteral("l.organisation_id = ?"), {organisationId});
}

QList<Loan> LoanRepository::ofMember(const QString& membershipId) {
    return select(QStringLiteral("l.membership_id = ?"), {membershipId});
}

namespace {
// Columns number, due_date, principal, interest starting at `at`.
Instalment readInstalment(const QSqlQuery& q, int at) {
    const Money principal = Money::fromSatang(q.value(at + 2).toLongLong());
    const Money interest = Money::fromSatang(q.value(at + 3).toLongLong());
    return {
        q.value(at).toInt(), rows::date(q, at + 1), principal, interest, principal + interest, {}};
}

// The principal still to be repaid after each instalment.
void fillBalances(std::vector<Instalment>& schedule) {
    Money balance;
    for (const Instalment& row : schedule) balance += row.principal;
    for (Instalment& row : schedule) {
        balance -= row.principal;
        row.balance = balance;
    }
}
}  // namespace

std::vector<Instalment> LoanRepository::schedule(const QString& loanId) {
    QSqlQuery q = sql::run(db_.connection(),
                           QStringLiteral("SELECT number, due_date, principal, interest FROM "
                                          "loan_instalments WHERE loan_id = ? ORDER BY number"),
                           {loanId}, Text::tr("การอ่านตารางผ่อนชำระ"));
    std::vector<Instalment> result;
    while (q.next()) result.push_back(readInstalment(q, 0));
    fillBalances(result);
    return result;
}

QString LoanRepository::runningLoanIdsSql() {
    // runningOn() in SQL: paid out by the day and not settled before it.
    return QStringLiteral(
        "SELECT id FROM loans WHERE organisation_id = ? AND disbursed_on <= ? "
        "AND (status = 'active' OR (status = 'settled' AND settled_on > ?)) "
        "AND principal IS NOT NULL");
}

namespace {
QHash<QString, std::vector<Instalment>> readSchedules(QSqlQuery& q) {
    QHash<QString, std::vector<Instalment>> result;
    while (q.next()) result[q.value(0).toString()].push_back(readInstalment(q, 1));
    for (std::vector<Instalment>& schedule : result) fillBalances(schedule);
    return result;
}
}  // namespace

QHash<QString, std::vector<Instalment>> LoanRepository::schedulesOf(const QString& organisationId) {
    QSqlQuery q = sql::run(db_.connection(),
                           QStringLiteral("SELECT i.loan_id, i.number, i.due_date, i.principal, "
                                          "i.interest FROM loan_instalments i JOIN loans l ON "
                                          "l.id = i.loan_id WHERE l.organisation_id = ? ORDER BY "
                                          "i.loan_id, i.number"),
                           {organisationId}, Text::tr("การอ่านตารางผ่อนชำระ"));
    return readSchedules(q);
}

QHash<QString, std::vector<Instalment>> LoanRepository::schedulesRunningOn(
    const QString& organisationId, const QDate& day) {
    const QString d = day.toString(Qt::ISODate);
    QSqlQuery q = sql::run(db_.connection(),
                           QStringLiteral("SELECT i.loan_id, i.number, i.due_date, i.principal, "
                                          "i.interest FROM loan_instalments i WHERE i.loan_id IN "
                                          "(%1) ORDER BY i.loan_id, i.number")
                               .arg(runningLoanIdsSql()),
                           {organisationId, d, d}, Text::tr("การอ่านตารางผ่อนชำระ"));
    return readSchedules(q);
}

QStringList LoanRepository::guarantors(const QString& loanId) {
    QSqlQuery q =
        sql::run(db_.connection(),
                 QStringLiteral("SELECT membership_id FROM loan_guarantors WHERE loan_id = ? "
                                "ORDER BY created_at, membership_id"),
                 {loanId});
    QStringList result;
    while (q.next()) result << q.value(0).toString();
    return result;
}

QList<Guarantee> LoanRepository::guaranteedBy(const QString& membershipId,
                                              const QString& exceptLoanId) {
    QSqlQuery q = sql::run(
        db_.connection(),
        QStringLiteral("SELECT l.id, l.status, coalesce(l.approved_amount, "
                       "l.requested_amount), %1 FROM loan_guarantors g JOIN loans l "
                       "ON l.id = g.loan_id WHERE g.membership_id = ? AND l.status IN "
                       "('applied', 'approved', 'active') AND l.id IS NOT ? AND l.id IS NOT "
                       "(SELECT replaces_loan_id FROM loans WHERE id = ?)")
            .arg(kLedgerPrincipal.arg(QStringLiteral("l.id"))),
        {membershipId, sql::nullIfEmpty(exceptLoanId), sql::nullIfEmpty(exceptLoanId)},
        Text::tr("การอ่านการค้ำประกัน"));
    QList<Guarantee> result;
    while (q.next()) {
        const LoanStatus status =
            loanStatusFromKey(q.value(1).toString()).value_or(LoanStatus::Applied);
        const qint64 exposure =
            status == LoanStatus::Active ? q.value(3).toLongLong() : q.value(2).toLongLong();
        result.append({q.value(0).toString(), status, Money::fromSatang(exposure)});
    }
    return result;
}

std::optional<GuarantorCandidate> LoanRepository::guarantorCandidate(const QString& membershipId,
                                                                     const QDate& day,
                                                                     const QString& exceptLoanId) {
    QSqlQuery q =
        sql::run(db_.connection(),
                 QStringLiteral("SELECT m.person_id, trim(p.title || p.first_name || ' ' || "
                                "p.last_name), m.joined_on <= ? AND (m.left_on IS NULL OR "
                                "m.left_on >= ?) FROM memberships m JOIN people p ON "
                                "p.id = m.person_id WHERE m.id = ?"),
                 {rows::dateValue(day), rows::dateValue(day), membershipId});
    if (!q.next())
        return std::nullopt;
    GuarantorCandidate candidate{
        membershipId, q.value(0).toString(), q.value(1).toString(), q.value(2).toInt() == 1, 0,
        Money()};
    for (const Guarantee& g : guaranteedBy(membershipId, exceptLoanId)) {
        ++candidate.currentGuarantees;
        candidate.currentExposure += g.exposure;
    }
    return candidate;
}

Money LoanRepository::outstandingPrincipal(const QString& loanId) {
    return Money::fromSatang(
        sql::scalar(db_.connection(),
                    QStringLiteral("SELECT %1").arg(kLedgerPrincipal.arg(QStringLiteral("?"))),
                    {loanId})
            .toLongLong());
}

QList<Loan> LoanRepository::ofRound(const QString& roundId) {
    return select(QStringLiteral("l.round_id = ?"), {roundId});
}

std::optional<Loan> LoanRepository::replacedBy(const QString& loanId) {
    const QList<Loan> found = select(
        QStringLiteral("l.replaces_loan_id = ? AND l.status IN ('active', 'settled')"), {loanId});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

void LoanRepository::insertApplication(Loan& l, const QStringList& guarantorMembershipIds) {
    QSqlDatabase& db = db_.connection();
    Transaction transaction(db);
    l.id = newUuid();
    l.createdAt = l.updatedAt = nowUtc();
    sql::run(db,
             QStringLiteral(
                 "INSERT INTO loans (id, organisation_id, membership_id, product_id, rules_id, "
                 "status, applied_on, requested_amount, requested_months, purpose, "
                 "replaces_loan_id, replaces_kind, pool_id, round_id, created_at, updated_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {l.id, l.organisationId, l.membershipId, l.productId, l.rulesId,
              loanStatusKey(l.status), rows::dateValue(l.appliedOn), l.requestedAmount.satang(),
              l.requestedMonths, sql::nullIfEmpty(l.purpose), sql::nullIfEmpty(l.replacesLoanId),
              sql::nullIfEmpty(l.replacesKind ? replacementKindKey(*l.replacesKind) : QString()),
              sql::nullIfEmpty(l.poolId), sql::nullIfEmpty(l.roundId), l.createdAt, l.updatedAt},
             Text::tr("การบันทึกคำขอกู้"));
    for (const QString& guarantor : guarantorMembershipIds)
        sql::run(
            db,
            QStringLiteral("INSERT INTO loan_guarantors (id, loan_id, membership_id, created_at, "
                           "updated_at) VALUES (?, ?, ?, ?, ?)"),
            {newUuid(), l.id, guarantor, l.createdAt, l.updatedAt}, Text::tr("การบันทึกผู้ค้ำประกัน"));
    transaction.commit();
}

void LoanRepository::recordDecision(const Loan& l) {
    sql::run(db_.connection(),
             QStringLiteral("UPDATE loans SET status = ?, approved_on = ?, approved_amount = ?, "
                            "rejected_on = ?, decision_note = ?, updated_at = ? WHERE id = ?"),
             {loanStatusKey(l.status), rows::dateValue(l.approvedOn),
              l.approvedAmount.isPositive() ? QVariant(l.approvedAmount.satang())
                                            : QVariant(QMetaType::fromType<qlonglong>()),
              rows::dateValue(l.rejectedOn), sql::nullIfEmpty(l.decisionNote), nowUtc(), l.id},
             Text::tr("การบันทึกผลการพิจารณาเงินกู้"));
}

void LoanRepository::recordDisbursement(const Loan& l, const std::vector<Instalment>& schedule) {
    QSqlDatabase& db = db_.connection();
    Transaction transaction(db);
    const QString now = nowUtc();
    sql::runList(db,
                 QStringLiteral("UPDATE loans SET %1, updated_at = ? WHERE id = ?")
                     .arg(rows::loanContractAssignments()),
                 rows::loanContractValues(l) + QVariantList{now, l.id},
                 Text::tr("การบันทึกสัญญาเงินกู้"));
    for (const Instalment& row : schedule)
        sql::run(db,
                 QStringLiteral(
                     "INSERT INTO loan_instalments (id, loan_id, number, due_date, principal, "
                     "interest, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                 {newUuid(), l.id, row.number, rows::dateValue(row.dueDate), row.principal.satang(),
                  row.interest.satang(), now, now},
                 Text::tr("การบันทึกตารางผ่อนชำระ"));
    transaction.commit();
}

void LoanRepository::markSettled(const QString& loanId, const QDate& day) {
    sql::run(db_.connection(),
             QStringLiteral("UPDATE loans SET status = 'settled', settled_on = ?, updated_at = ? "
                            "WHERE id = ?"),
             {rows::dateValue(day), nowUtc(), loanId}, Text::tr("การปิดสัญญาเงินกู้"));
}

int LoanRepository::nextContractSeq(const QString& organisationId, int year) {
    return sql::scalar(db_.connection(),
                       QStringLiteral("SELECT coalesce(max(contract_seq), 0) + 1 FROM loans WHERE "
                                      "organisation_id = ? AND contract_year = ?"),
                       {organisationId, year})
        .toInt();
}

}  // namespace thanrak
