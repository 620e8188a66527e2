#include "fund/PoolRepository.h"

#include "base/Ids.h"
#include "domain/RowMapping.h"
#include "savings/StoredDecimal.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Fund)
};

const QString kColumns = QStringLiteral(
    "id, organisation_id, position, kind, name, bank_name, bank_account_no, opened_on, "
    "bank_account_id, capital_account_id, loans_account_id, lender, loan_rate_percent, "
    "loan_rate_period, loan_months, loan_method, notes");

CapitalPool readPool(const QSqlQuery& q) {
    CapitalPool p;
    p.id = rows::text(q, 0);
    p.organisationId = rows::text(q, 1);
    p.position = q.value(2).toInt();
    p.kind = poolKindFromKey(rows::text(q, 3)).value_or(PoolKind::Own);
    p.name = rows::text(q, 4);
    p.bankName = rows::text(q, 5);
    p.bankAccountNo = rows::text(q, 6);
    p.openedOn = rows::date(q, 7);
    p.bankAccountId = rows::text(q, 8);
    p.capitalAccountId = rows::text(q, 9);
    p.loansAccountId = rows::text(q, 10);
    if (p.kind == PoolKind::OutsideLoan) {
        OutsideLoanTerms t;
        t.lender = rows::text(q, 11);
        t.ratePercent = readStoredDecimal(rows::text(q, 12));
        t.ratePeriod = rows::text(q, 13) == QLatin1String("month") ? RatePeriod::Month
                                                                    : RatePeriod::Year;
        t.months = q.value(14).toInt();
        t.method = interestMethodFromKey(rows::text(q, 15)).value_or(InterestMethod::Maturity);
        p.outsideLoan = t;
    }
    p.notes = rows::text(q, 16);
    return p;
}

// NOT NULL text columns: Qt binds a null QString as NULL, so give ''.
QString textValue(const QString& text) {
    return text.isNull() ? QStringLiteral("") : text.trimmed();
}

QVariant nullText() {
    return QVariant(QMetaType::fromType<QString>());
}
}  // namespace

QList<CapitalPool> PoolRepository::list(const QString& organisationId) {
    QSqlQuery q = sql::run(db_.connection(),
                           QStringLiteral("SELECT %1 FROM capital_pools WHERE organisation_id = ? "
                                          "ORDER BY position")
                               .arg(kColumns),
                           {organisationId}, Text::tr("การอ่านแหล่งเงินทุน"));
    QList<CapitalPool> pools;
    while (q.next()) pools.append(readPool(q));
    return pools;
}

std::optional<CapitalPool> PoolRepository::find(const QString& poolId) {
    QSqlQuery q = sql::run(db_.connection(),
                           QStringLiteral("SELECT %1 FROM capital_pools WHERE id = ?").arg(kColumns),
                           {poolId}, Text::tr("การอ่านแหล่งเงินทุน"));
    return q.next() ? std::optional(readPool(q)) : std::nullopt;
}

int PoolRepository::nextPosition(const QString& organisationId) {
    return sql::scalar(db_.connection(),
                       QStringLiteral("SELECT coalesce(max(position), 0) + 1 FROM capital_pools "
                                      "WHERE organisation_id = ?"),
                       {organisationId})
        .toInt();
}

void PoolRepository::insert(CapitalPool& p) {
    p.id = newUuid();
    const QString now = nowUtc();
    const bool outside = p.outsideLoan.has_value() && p.kind == PoolKind::OutsideLoan;
    const OutsideLoanTerms t = p.outsideLoan.value_or(OutsideLoanTerms{});
    sql::runList(
        db_.connection(),
        QStringLiteral("INSERT INTO capital_pools (%1, created_at, updated_at) VALUES "
                       "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(kColumns),
        {p.id, p.organisationId, p.position, poolKindKey(p.kind), p.name.trimmed(),
         textValue(p.bankName), textValue(p.bankAccountNo), rows::dateValue(p.openedOn),
         p.bankAccountId, p.capitalAccountId, p.loansAccountId,
         textValue(outside ? t.lender : QString()),
         outside ? QVariant(*storedDecimal(t.ratePercent)) : nullText(),
         outside ? QVariant(t.ratePeriod == RatePeriod::Month ? QStringLiteral("month")
                                                             : QStringLiteral("year"))
                 : nullText(),
         outside ? QVariant(t.months) : QVariant(QMetaType::fromType<int>()),
         outside ? QVariant(interestMethodKey(t.method)) : nullText(), textValue(p.notes), now,
         now},
        Text::tr("การบันทึกแหล่งเงินทุน"));
}

QList<PoolMovement> PoolRepository::movements(const QString& poolId) {
    QSqlQuery q = sql::run(db_.connection(),
                           QStringLiteral("SELECT id, pool_id, movement_date, kind, amount, interest, "
                                          "source, entry_id FROM pool_movements WHERE pool_id = ? "
                                          "ORDER BY movement_date, created_at"),
                           {poolId}, Text::tr("การอ่านรายการเงินทุน"));
    QList<PoolMovement> result;
    while (q.next())
        result.append({rows::text(q, 0), rows::text(q, 1), rows::date(q, 2),
                       poolMovementKindFromKey(rows::text(q, 3)).value_or(PoolMovementKind::Capital),
                       Money::fromSatang(q.value(4).toLongLong()),
                       Money::fromSatang(q.value(5).toLongLong()), rows::text(q, 6),
                       rows::text(q, 7)});
    return result;
}

void PoolRepository::insertMovement(PoolMovement& m) {
    m.id = newUuid();
    sql::run(db_.connection(),
             QStringLiteral("INSERT INTO pool_movements (id, pool_id, movement_date, kind, amount, "
                            "interest, source, entry_id, created_at) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {m.id, m.poolId, rows::dateValue(m.date), poolMovementKindKey(m.kind),
              m.amount.satang(), m.interest.satang(), m.source.trimmed(), m.entryId, nowUtc()},
             Text::tr("การบันทึกรายการเงินทุน"));
}

}  // namespace thanrak
