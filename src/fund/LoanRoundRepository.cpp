#include "fund/LoanRoundRepository.h"

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
    "id, organisation_id, pool_id, product_id, round_year, round_no, title, opened_on, apply_by, "
    "ordinary_cap, raised_cap, contract_fee, risk_fund_percent, closed_on");

LoanRound readRound(const QSqlQuery& q) {
    LoanRound r;
    r.id = rows::text(q, 0);
    r.organisationId = rows::text(q, 1);
    r.poolId = rows::text(q, 2);
    r.productId = rows::text(q, 3);
    r.year = q.value(4).toInt();
    r.roundNo = q.value(5).toInt();
    r.title = rows::text(q, 6);
    r.openedOn = rows::date(q, 7);
    r.applyBy = rows::date(q, 8);
    r.ordinaryCap = Money::fromSatang(q.value(9).toLongLong());
    r.raisedCap = Money::fromSatang(q.value(10).toLongLong());
    r.contractFee = Money::fromSatang(q.value(11).toLongLong());
    r.riskFundPercent = readStoredDecimal(rows::text(q, 12));
    r.closedOn = rows::date(q, 13);
    return r;
}
}  // namespace

QList<LoanRound> LoanRoundRepository::list(const QString& organisationId) {
    QSqlQuery q = sql::run(db_.connection(),
                           QStringLiteral("SELECT %1 FROM loan_rounds WHERE organisation_id = ? "
                                          "ORDER BY opened_on DESC, round_no DESC")
                               .arg(kColumns),
                           {organisationId}, Text::tr("การอ่านรอบการให้กู้"));
    QList<LoanRound> rounds;
    while (q.next()) rounds.append(readRound(q));
    return rounds;
}

std::optional<LoanRound> LoanRoundRepository::find(const QString& roundId) {
    QSqlQuery q = sql::run(db_.connection(),
                           QStringLiteral("SELECT %1 FROM loan_rounds WHERE id = ?").arg(kColumns),
                           {roundId}, Text::tr("การอ่านรอบการให้กู้"));
    return q.next() ? std::optional(readRound(q)) : std::nullopt;
}

int LoanRoundRepository::nextRoundNo(const QString& organisationId, int year) {
    return sql::scalar(db_.connection(),
                       QStringLiteral("SELECT coalesce(max(round_no), 0) + 1 FROM loan_rounds "
                                      "WHERE organisation_id = ? AND round_year = ?"),
                       {organisationId, year})
        .toInt();
}

void LoanRoundRepository::insert(LoanRound& r) {
    r.id = newUuid();
    const QString now = nowUtc();
    sql::runList(db_.connection(),
                 QStringLiteral("INSERT INTO loan_rounds (%1, created_at, updated_at) VALUES "
                                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                     .arg(kColumns),
                 {r.id, r.organisationId, r.poolId, r.productId, r.year, r.roundNo,
                  r.title.trimmed(), rows::dateValue(r.openedOn), rows::dateValue(r.applyBy),
                  r.ordinaryCap.satang(), r.raisedCap.satang(), r.contractFee.satang(),
                  *storedDecimal(r.riskFundPercent), rows::dateValue(r.closedOn), now, now},
                 Text::tr("การบันทึกรอบการให้กู้"));
}

void LoanRoundRepository::markClosed(const QString& roundId, const QDate& day) {
    sql::run(db_.connection(),
             QStringLiteral("UPDATE loan_rounds SET closed_on = ?, updated_at = ? WHERE id = ?"),
             {rows::dateValue(day), nowUtc(), roundId}, Text::tr("การปิดรอบการให้กู้"));
}

}  // namespace thanrak
