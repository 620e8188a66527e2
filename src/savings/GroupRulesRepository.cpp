#include "savings/GroupRulesRepository.h"

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
    "id, organisation_id, effective_from, share_value, min_shares, max_shares, entrance_fee, "
    "collection_day, late_sajja_fine_kind, late_sajja_fine_amount, late_sajja_fine_percent, "
    "late_instalment_fine_kind, late_instalment_fine_amount, late_instalment_fine_percent, "
    "deposits_enabled, consecutive_misses_limit, dividend_basis, payout_rounding, created_at, "
    "dividend_on");

QString fineKindKey(FineRule::Kind kind) {
    switch (kind) {
        case FineRule::Kind::None:
            return QStringLiteral("none");
        case FineRule::Kind::Fixed:
            return QStringLiteral("fixed");
        case FineRule::Kind::Percent:
            return QStringLiteral("percent");
    }
    return {};
}

FineRule readFine(const QSqlQuery& q, int at) {
    const QString kind = rows::text(q, at);
    if (kind == QLatin1String("fixed"))
        return FineRule::fixedAmount(Money::fromSatang(q.value(at + 1).toLongLong()));
    if (kind == QLatin1String("percent"))
        return FineRule::percentOf(readStoredDecimal(rows::text(q, at + 2)));
    return FineRule::none();
}

GroupRulesVersion readVersion(const QSqlQuery& q) {
    GroupRulesVersion v{rows::text(q, 0), rows::text(q, 1), {}, rows::text(q, 18)};
    GroupRules& r = v.rules;
    r.effectiveFrom = rows::date(q, 2);
    r.shareValue = Money::fromSatang(q.value(3).toLongLong());
    r.minShares = q.value(4).toInt();
    r.maxShares = q.value(5).toInt();
    r.entranceFee = Money::fromSatang(q.value(6).toLongLong());
    r.collectionDay = q.value(7).toInt();
    r.lateSajjaFine = readFine(q, 8);
    r.lateInstalmentFine = readFine(q, 11);
    r.depositsEnabled = q.value(14).toInt() == 1;
    r.consecutiveMissesLimit = q.value(15).toInt();
    r.allocation.heads.clear();
    r.allocation.dividendBasis =
        dividendBasisFromKey(rows::text(q, 16)).value_or(DividendBasis::TimeWeightedMonthly);
    r.allocation.payoutRounding =
        payoutRoundingFromKey(rows::text(q, 17)).value_or(PayoutRounding::Satang);
    r.allocation.dividendOn =
        dividendBalanceFromKey(rows::text(q, 19)).value_or(DividendBalance::Savings);
    return v;
}

std::vector<AllocationHead> readHeads(QSqlDatabase& db, const QString& rulesId) {
    QSqlQuery q = sql::run(db,
                           QStringLiteral("SELECT key, name, kind, percent FROM group_rule_heads "
                                          "WHERE rules_id = ? ORDER BY position"),
                           {rulesId});
    std::vector<AllocationHead> heads;
    while (q.next())
        heads.push_back({rows::text(q, 0), rows::text(q, 1),
                         headKindFromKey(rows::text(q, 2)).value_or(HeadKind::Lump),
                         readStoredDecimal(rows::text(q, 3))});
    return heads;
}

// Percentages a regulation writes have a few decimals; anything else (100/3)
// could not be read back exactly, so it is refused here rather than rounded.
void checkStorable(const GroupRules& r, FieldProblems& problems) {
    auto storable = [&](const Ratio& value, const char* field) {
        if (!storedDecimal(value))
            problems.append({QLatin1String(field),
                             Text::tr("ร้อยละต้องมีทศนิยมไม่เกิน %1 ตำแหน่ง").arg(kMaxStoredDecimals)});
    };
    storable(r.lateSajjaFine.percent, "late_sajja_fine");
    storable(r.lateInstalmentFine.percent, "late_instalment_fine");
    for (const AllocationHead& head : r.allocation.heads) storable(head.percent, "allocation");
}
}  // namespace

QList<GroupRulesVersion> GroupRulesRepository::select(const QString& where,
                                                      const QVariantList& values) {
    QSqlQuery q =
        sql::runList(db_.connection(),
                     QStringLiteral("SELECT %1 FROM group_rules WHERE %2 ORDER BY effective_from")
                         .arg(kColumns, where),
                     values, Text::tr("การอ่านระเบียบกลุ่ม"));
    QList<GroupRulesVersion> result;
    while (q.next()) result.append(readVersion(q));
    for (GroupRulesVersion& v : result)
        v.rules.allocation.heads = readHeads(db_.connection(), v.id);
    return result;
}

QList<GroupRulesVersion> GroupRulesRepository::versions(const QString& organisationId) {
    return select(QStringLiteral("organisation_id = ?"), {organisationId});
}

std::optional<GroupRulesVersion> GroupRulesRepository::current(const QString& organisationId,
                                                               const QDate& day) {
    const QVariant id =
        sql::scalar(db_.connection(),
                    QStringLiteral("SELECT id FROM group_rules WHERE organisation_id = ? "
                                   "AND effective_from <= ? ORDER BY effective_from "
                                   "DESC LIMIT 1"),
                    {organisationId, rows::dateValue(day)});
    return id.isValid() ? find(id.toString()) : std::nullopt;
}

std::optional<GroupRulesVersion> GroupRulesRepository::find(const QString& rulesId) {
    const QList<GroupRulesVersion> found = select(QStringLiteral("id = ?"), {rulesId});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

FieldProblems GroupRulesRepository::check(const QString& organisationId, const GroupRules& rules) {
    FieldProblems problems = validateGroupRules(rules);
    checkStorable(rules, problems);
    QSqlDatabase& db = db_.connection();
    if (!sql::scalar(db, QStringLiteral("SELECT 1 FROM organisations WHERE id = ?"),
                     {organisationId})
             .isValid())
        problems.append({QStringLiteral("organisation_id"), Text::tr("ไม่พบองค์กรนี้ในไฟล์")});
    if (rules.effectiveFrom.isValid() &&
        sql::scalar(db,
                    QStringLiteral("SELECT 1 FROM group_rules WHERE organisation_id = ? AND "
                                   "effective_from = ?"),
                    {organisationId, rows::dateValue(rules.effectiveFrom)})
            .isValid())
        problems.append(
            {QStringLiteral("effective_from"), Text::tr("มีระเบียบที่เริ่มใช้วันนี้อยู่แล้ว ระเบียบที่บันทึกแล้วแก้ไขไม่ได้ "
                                                  "กรุณาเลือกวันเริ่มใช้วันอื่น")});
    return problems;
}

GroupRulesVersion GroupRulesRepository::save(const QString& organisationId, const GroupRules& r) {
    QSqlDatabase& db = db_.connection();
    Transaction transaction(db);
    throwIfAny(check(organisationId, r));
    const QString id = newUuid();
    const QString now = nowUtc();
    auto fineValues = [](const FineRule& fine) {
        return QVariantList{fineKindKey(fine.kind), fine.fixed.satang(),
                            *storedDecimal(fine.percent)};
    };
    QVariantList values{
        id,          organisationId, rows::dateValue(r.effectiveFrom), r.shareValue.satang(),
        r.minShares, r.maxShares,    r.entranceFee.satang(),           r.collectionDay};
    values << fineValues(r.lateSajjaFine) << fineValues(r.lateInstalmentFine);
    values << (r.depositsEnabled ? 1 : 0) << r.consecutiveMissesLimit
           << dividendBasisKey(r.allocation.dividendBasis)
           << payoutRoundingKey(r.allocation.payoutRounding) << now
           << dividendBalanceKey(r.allocation.dividendOn) << now;
    sql::runList(db,
                 QStringLiteral("INSERT INTO group_rules (%1, updated_at) VALUES "
                                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                     .arg(kColumns),
                 values, Text::tr("การบันทึกระเบียบกลุ่ม"));
    int position = 0;
    for (const AllocationHead& head : r.allocation.heads)
        sql::run(db,
                 QStringLiteral("INSERT INTO group_rule_heads (id, rules_id, position, key, kind, "
                                "percent, name, created_at, updated_at) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {newUuid(), id, ++position, head.key.trimmed(), headKindKey(head.kind),
                  *storedDecimal(head.percent), head.name.trimmed(), now, now},
                 Text::tr("การบันทึกระเบียบกลุ่ม"));
    transaction.commit();
    return {id, organisationId, r, now};
}

}  // namespace thanrak
