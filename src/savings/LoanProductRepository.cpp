#include "savings/LoanProductRepository.h"

#include "base/Ids.h"
#include "domain/RowMapping.h"
#include "savings/StoredDecimal.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Savings)
};

const QString kColumns = QStringLiteral(
    "id, name, savings_multiple, absolute_cap, max_months, rate_percent, rate_period, method, "
    "guarantor_threshold, guarantors_required, max_guarantees_per_member, "
    "max_exposure_per_guarantor, active");

// Both bind the same values: the product's fields, updated_at, id and
// organisation_id (then created_at for an insert).
const QString kInsert = QStringLiteral(
    "INSERT INTO loan_products (name, savings_multiple, absolute_cap, max_months, rate_percent, "
    "rate_period, method, guarantor_threshold, guarantors_required, max_guarantees_per_member, "
    "max_exposure_per_guarantor, active, updated_at, id, organisation_id, created_at) VALUES "
    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
const QString kUpdate = QStringLiteral(
    "UPDATE loan_products SET name = ?, savings_multiple = ?, absolute_cap = ?, max_months = ?, "
    "rate_percent = ?, rate_period = ?, method = ?, guarantor_threshold = ?, "
    "guarantors_required = ?, max_guarantees_per_member = ?, max_exposure_per_guarantor = ?, "
    "active = ?, updated_at = ? WHERE id = ? AND organisation_id = ?");

LoanProduct readProduct(const QSqlQuery& q) {
    LoanProduct p;
    p.id = rows::text(q, 0);
    p.name = rows::text(q, 1);
    p.savingsMultiple = readStoredDecimal(rows::text(q, 2));
    p.absoluteCap = Money::fromSatang(q.value(3).toLongLong());
    p.maxMonths = q.value(4).toInt();
    p.ratePercent = readStoredDecimal(rows::text(q, 5));
    p.ratePeriod = ratePeriodFromKey(rows::text(q, 6)).value_or(RatePeriod::Month);
    p.method = interestMethodFromKey(rows::text(q, 7)).value_or(InterestMethod::EqualPrincipal);
    p.guarantorThreshold = Money::fromSatang(q.value(8).toLongLong());
    p.guarantorsRequired = q.value(9).toInt();
    p.maxGuaranteesPerMember = q.value(10).toInt();
    p.maxExposurePerGuarantor = Money::fromSatang(q.value(11).toLongLong());
    p.active = q.value(12).toInt() == 1;
    return p;
}
}  // namespace

QList<LoanProduct> LoanProductRepository::list(const QString& organisationId, bool includeRetired) {
    QSqlQuery q = sql::run(db_.connection(),
                           QStringLiteral("SELECT %1 FROM loan_products WHERE organisation_id = ? "
                                          "AND (active = 1 OR ?) ORDER BY name COLLATE THAI")
                               .arg(kColumns),
                           {organisationId, includeRetired ? 1 : 0}, Text::tr("การอ่านประเภทเงินกู้"));
    QList<LoanProduct> result;
    while (q.next()) result.append(readProduct(q));
    return result;
}

std::optional<LoanProduct> LoanProductRepository::find(const QString& productId) {
    QSqlQuery q = sql::run(
        db_.connection(), QStringLiteral("SELECT %1 FROM loan_products WHERE id = ?").arg(kColumns),
        {productId});
    return q.next() ? std::optional(readProduct(q)) : std::nullopt;
}

std::optional<LoanProduct> LoanProductRepository::find(const QString& organisationId,
                                                       const QString& productId) {
    QSqlQuery q = sql::run(db_.connection(),
                           QStringLiteral("SELECT %1 FROM loan_products WHERE id = ? AND "
                                          "organisation_id = ?")
                               .arg(kColumns),
                           {productId, organisationId});
    return q.next() ? std::optional(readProduct(q)) : std::nullopt;
}

FieldProblems LoanProductRepository::check(const QString& organisationId, const LoanProduct& p) {
    FieldProblems problems = validateLoanProduct(p);
    if (!storedDecimal(p.ratePercent))
        problems.append({QStringLiteral("rate"),
                         Text::tr("อัตราดอกเบี้ยต้องมีทศนิยมไม่เกิน %1 ตำแหน่ง").arg(kMaxStoredDecimals)});
    if (!storedDecimal(p.savingsMultiple))
        problems.append({QStringLiteral("savings_multiple"),
                         Text::tr("จำนวนเท่าของเงินสัจจะต้องมีทศนิยมไม่เกิน %1 ตำแหน่ง").arg(kMaxStoredDecimals)});
    QSqlDatabase& db = db_.connection();
    if (!sql::scalar(db, QStringLiteral("SELECT 1 FROM organisations WHERE id = ?"),
                     {organisationId})
             .isValid())
        problems.append({QStringLiteral("organisation_id"), Text::tr("ไม่พบองค์กรนี้ในไฟล์")});
    const QVariant holder = sql::scalar(
        db, QStringLiteral("SELECT id FROM loan_products WHERE organisation_id = ? AND name = ?"),
        {organisationId, p.name.trimmed()});
    if (holder.isValid() && holder.toString() != p.id)
        problems.append(
            {QStringLiteral("name"), Text::tr("มีประเภทเงินกู้ชื่อ %1 อยู่แล้ว").arg(p.name.trimmed())});
    return problems;
}

void LoanProductRepository::save(const QString& organisationId, LoanProduct& p) {
    QSqlDatabase& db = db_.connection();
    Transaction transaction(db);
    p.name = p.name.trimmed();
    throwIfAny(check(organisationId, p));
    const QString now = nowUtc();
    const bool inserting = p.id.isEmpty();
    const QString id = inserting ? newUuid() : p.id;
    QVariantList values{p.name,
                        *storedDecimal(p.savingsMultiple),
                        p.absoluteCap.satang(),
                        p.maxMonths,
                        *storedDecimal(p.ratePercent),
                        ratePeriodKey(p.ratePeriod),
                        interestMethodKey(p.method),
                        p.guarantorThreshold.satang(),
                        p.guarantorsRequired,
                        p.maxGuaranteesPerMember,
                        p.maxExposurePerGuarantor.satang(),
                        p.active ? 1 : 0,
                        now,
                        id,
                        organisationId};
    if (inserting)
        values << now;
    sql::runList(db, inserting ? kInsert : kUpdate, values, Text::tr("การบันทึกประเภทเงินกู้"));
    transaction.commit();
    p.id = id;
}

}  // namespace thanrak
