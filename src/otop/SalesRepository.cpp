#include "otop/SalesRepository.h"

#include "base/Ids.h"
#include "domain/RowMapping.h"
#include "domain/Validation.h"
#include "otop/OtopRules.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Otop)
};

QString monthKey(const QDate& month) { return month.toString(QStringLiteral("yyyy-MM")); }

bool productExists(QSqlDatabase& db, const QString& id) {
    return sql::scalar(db, QStringLiteral("SELECT 1 FROM otop_products WHERE id = ?"), {id}).isValid();
}
}  // namespace

QList<SalesChannel> SalesRepository::channels() {
    QSqlQuery q = sql::run(db_.connection(),
                           QStringLiteral("SELECT id, key, name, online, position FROM otop_channels "
                                          "ORDER BY position, name COLLATE THAI"));
    QList<SalesChannel> result;
    while (q.next())
        result.append({rows::text(q, 0), rows::text(q, 1), rows::text(q, 2), q.value(3).toBool(),
                       q.value(4).toInt()});
    return result;
}

SalesChannel SalesRepository::addChannel(const QString& name, bool online) {
    QSqlDatabase& db = db_.connection();
    Transaction transaction(db);
    SalesChannel channel{newUuid(), {}, name.simplified(), online, 0};
    if (channel.name.isEmpty())
        throwIfAny({{QStringLiteral("name"), Text::tr("กรุณาใส่ชื่อช่องทางการขาย")}});
    if (sql::scalar(db, QStringLiteral("SELECT 1 FROM otop_channels WHERE name = ?"), {channel.name})
            .isValid())
        throwIfAny({{QStringLiteral("name"), Text::tr("มีช่องทาง %1 อยู่แล้ว").arg(channel.name)}});
    channel.position =
        sql::scalar(db, QStringLiteral("SELECT COALESCE(MAX(position), 0) + 1 FROM otop_channels"))
            .toInt();
    const QString now = nowUtc();
    sql::run(db,
             QStringLiteral("INSERT INTO otop_channels (id, key, name, online, position, created_at, "
                            "updated_at) VALUES (?, NULL, ?, ?, ?, ?, ?)"),
             {channel.id, channel.name, channel.online ? 1 : 0, channel.position, now, now},
             Text::tr("การเพิ่มช่องทางการขาย"));
    transaction.commit();
    return channel;
}

void SalesRepository::saveSales(MonthlySales& s, const QDate& today) {
    QSqlDatabase& db = db_.connection();
    Transaction transaction(db);
    if (s.month.isValid()) s.month = QDate(s.month.year(), s.month.month(), 1);
    FieldProblems problems = validateSales(s, today);
    if (!s.productId.isEmpty() && !productExists(db, s.productId))
        problems.append({QStringLiteral("product_id"), Text::tr("ไม่พบผลิตภัณฑ์ที่เลือก")});
    if (!s.channelId.isEmpty() &&
        !sql::scalar(db, QStringLiteral("SELECT 1 FROM otop_channels WHERE id = ?"), {s.channelId})
             .isValid())
        problems.append({QStringLiteral("channel_id"), Text::tr("ไม่พบช่องทางการขายที่เลือก")});
    throwIfAny(problems);
    const QString doing = Text::tr("การบันทึกยอดขาย");
    const QVariant existing = sql::scalar(
        db,
        QStringLiteral("SELECT id FROM otop_sales WHERE product_id = ? AND sales_month = ? AND "
                       "channel_id = ?"),
        {s.productId, monthKey(s.month), s.channelId});
    const QString now = nowUtc();
    if (s.quantity == 0 && s.amount.isZero()) {
        if (existing.isValid())
            sql::run(db, QStringLiteral("DELETE FROM otop_sales WHERE id = ?"), {existing}, doing);
        s.id.clear();
    } else if (existing.isValid()) {
        s.id = existing.toString();
        sql::run(db,
                 QStringLiteral("UPDATE otop_sales SET quantity = ?, amount = ?, updated_at = ? "
                                "WHERE id = ?"),
                 {s.quantity, s.amount.satang(), now, s.id}, doing);
    } else {
        s.id = newUuid();
        sql::run(db,
                 QStringLiteral("INSERT INTO otop_sales (id, product_id, sales_month, channel_id, "
                                "quantity, amount, created_at, updated_at) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                 {s.id, s.productId, monthKey(s.month), s.channelId, s.quantity, s.amount.satang(),
                  now, now},
                 doing);
    }
    transaction.commit();
}

void SalesRepository::saveMonth(QList<MonthlySales>& lines, const QDate& today) {
    QSqlDatabase& db = db_.connection();
    Transaction transaction(db);
    QHash<QString, QString> names;
    for (const SalesChannel& c : channels()) names.insert(c.id, c.name);
    FieldProblems problems;
    for (MonthlySales& line : lines) {
        try {
            saveSales(line, today);
        } catch (const ValidationError& e) {
            for (const FieldProblem& p : e.problems())
                problems.append({line.channelId + QLatin1Char('.') + p.field,
                                 QStringLiteral("%1: %2").arg(names.value(line.channelId), p.message)});
        }
    }
    throwIfAny(problems);
    transaction.commit();
}

QList<MonthlySales> SalesRepository::salesOf(const QString& productId, int year) {
    QSqlQuery q = sql::run(
        db_.connection(),
        QStringLiteral("SELECT s.id, s.product_id, s.sales_month, s.channel_id, s.quantity, s.amount "
                       "FROM otop_sales s JOIN otop_channels c ON c.id = s.channel_id "
                       "WHERE s.product_id = ? AND s.sales_month BETWEEN ? AND ? "
                       "ORDER BY s.sales_month, c.position"),
        {productId, QStringLiteral("%1-01").arg(year), QStringLiteral("%1-12").arg(year)});
    QList<MonthlySales> result;
    while (q.next())
        result.append({rows::text(q, 0), rows::text(q, 1),
                       QDate::fromString(rows::text(q, 2) + QStringLiteral("-01"), Qt::ISODate),
                       rows::text(q, 3), q.value(4).toInt(),
                       Money::fromSatang(q.value(5).toLongLong())});
    return result;
}

void SalesRepository::saveTarget(SalesTarget& t) {
    QSqlDatabase& db = db_.connection();
    Transaction transaction(db);
    FieldProblems problems = validateTarget(t);
    if (!t.productId.isEmpty() && !productExists(db, t.productId))
        problems.append({QStringLiteral("product_id"), Text::tr("ไม่พบผลิตภัณฑ์ที่เลือก")});
    throwIfAny(problems);
    const QVariant existing =
        sql::scalar(db, QStringLiteral("SELECT id FROM otop_targets WHERE product_id = ? AND year = ?"),
                    {t.productId, t.year});
    const QString now = nowUtc();
    const QVariant quantity = t.quantity > 0 ? QVariant(t.quantity) : QVariant();
    const QString doing = Text::tr("การบันทึกเป้าหมายยอดขาย");
    if (existing.isValid()) {
        t.id = existing.toString();
        sql::run(db,
                 QStringLiteral("UPDATE otop_targets SET amount = ?, quantity = ?, updated_at = ? "
                                "WHERE id = ?"),
                 {t.amount.satang(), quantity, now, t.id}, doing);
    } else {
        t.id = newUuid();
        sql::run(db,
                 QStringLiteral("INSERT INTO otop_targets (id, product_id, year, amount, quantity, "
                                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                 {t.id, t.productId, t.year, t.amount.satang(), quantity, now, now}, doing);
    }
    transaction.commit();
}

std::optional<SalesTarget> SalesRepository::target(const QString& productId, int year) {
    QSqlQuery q = sql::run(db_.connection(),
                           QStringLiteral("SELECT id, amount, quantity FROM otop_targets "
                                          "WHERE product_id = ? AND year = ?"),
                           {productId, year});
    if (!q.next()) return std::nullopt;
    return SalesTarget{rows::text(q, 0), productId, year, Money::fromSatang(q.value(1).toLongLong()),
                       q.value(2).toInt()};
}

void SalesRepository::removeTarget(const QString& id) {
    sql::run(db_.connection(), QStringLiteral("DELETE FROM otop_targets WHERE id = ?"), {id},
             Text::tr("การลบเป้าหมายยอดขาย"));
}

}  // namespace thanrak
