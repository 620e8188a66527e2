#include "savings/LoanRows.h"

#include "domain/RowMapping.h"
#include "savings/StoredDecimal.h"
#include "storage/Sql.h"

namespace thanrak::rows {

namespace {
Money money(const QSqlQuery& q, int column) {
    return Money::fromSatang(q.value(column).toLongLong());
}

// The contracted terms, present once the loan was disbursed.
std::optional<LoanTerms> readTerms(const QSqlQuery& q) {
    if (q.value(19).isNull())
        return std::nullopt;
    LoanTerms t;
    t.principal = money(q, 19);
    t.rate = readStoredDecimal(text(q, 20)) / Ratio(100);
    t.ratePeriod = ratePeriodFromKey(text(q, 21)).value_or(RatePeriod::Month);
    t.months = q.value(22).toInt();
    t.method = interestMethodFromKey(text(q, 23)).value_or(InterestMethod::EqualPrincipal);
    t.startDate = date(q, 24);
    if (t.method == InterestMethod::Maturity)
        t.maturityDate = date(q, 25);
    return t;
}
}  // namespace

const QString& loanColumns() {
    static const QString columns = QStringLiteral(
        "l.id, l.organisation_id, l.membership_id, l.product_id, l.rules_id, l.status, "
        "l.applied_on, "
        "l.requested_amount, l.requested_months, l.purpose, l.approved_on, l.approved_amount, "
        "l.rejected_on, l.decision_note, l.contract_year, l.contract_seq, l.disbursed_on, "
        "l.disbursement_kind, l.in_kind_description, l.principal, l.rate_percent, l.rate_period, "
        "l.months, l.method, l.start_date, l.maturity_date, l.disbursement_entry_id, l.settled_on, "
        "l.replaces_loan_id, l.created_at, l.updated_at, l.replaces_kind, l.pool_id, "
        "l.round_id");
    return columns;
}

Loan readLoan(const QSqlQuery& q) {
    Loan l;
    l.id = text(q, 0);
    l.organisationId = text(q, 1);
    l.membershipId = text(q, 2);
    l.productId = text(q, 3);
    l.rulesId = text(q, 4);
    l.status = loanStatusFromKey(text(q, 5)).value_or(LoanStatus::Applied);
    l.appliedOn = date(q, 6);
    l.requestedAmount = money(q, 7);
    l.requestedMonths = q.value(8).toInt();
    l.purpose = text(q, 9);
    l.approvedOn = date(q, 10);
    l.approvedAmount = money(q, 11);
    l.rejectedOn = date(q, 12);
    l.decisionNote = text(q, 13);
    l.contractYear = q.value(14).toInt();
    l.contractSeq = q.value(15).toInt();
    l.disbursedOn = date(q, 16);
    l.disbursementKind = disbursementKindFromKey(text(q, 17));
    l.inKindDescription = text(q, 18);
    l.terms = readTerms(q);
    l.maturityDate = date(q, 25);
    l.disbursementEntryId = text(q, 26);
    l.settledOn = date(q, 27);
    l.replacesLoanId = text(q, 28);
    l.createdAt = text(q, 29);
    l.updatedAt = text(q, 30);
    l.replacesKind = replacementKindFromKey(text(q, 31));
    l.poolId = text(q, 32);
    l.roundId = text(q, 33);
    return l;
}

QString loanContractAssignments() {
    return QStringLiteral(
        "status = ?, rules_id = ?, contract_year = ?, contract_seq = ?, disbursed_on = ?, "
        "disbursement_kind = ?, in_kind_description = ?, principal = ?, rate_percent = ?, "
        "rate_period = ?, months = ?, method = ?, start_date = ?, maturity_date = ?, "
        "disbursement_entry_id = ?");
}

QVariantList loanContractValues(const Loan& l) {
    const LoanTerms& t = *l.terms;
    return {loanStatusKey(l.status),
            l.rulesId,
            l.contractYear,
            l.contractSeq,
            dateValue(l.disbursedOn),
            disbursementKindKey(l.disbursementKind.value_or(DisbursementKind::Cash)),
            sql::nullIfEmpty(l.inKindDescription),
            t.principal.satang(),
            requireStoredDecimal(t.rate * Ratio(100), QStringLiteral("rate")),
            ratePeriodKey(t.ratePeriod),
            t.months,
            interestMethodKey(t.method),
            dateValue(t.startDate),
            dateValue(l.maturityDate),
            sql::nullIfEmpty(l.disbursementEntryId)};
}

}  // namespace thanrak::rows
