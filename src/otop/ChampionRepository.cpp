#include "otop/ChampionRepository.h"

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

const QString kRoundColumns = QStringLiteral(
    "ro.id, ro.year, ro.title, ro.part1_name, ro.part1_max, ro.part2_name, ro.part2_max, "
    "ro.part3_name, ro.part3_max, ro.min_five, ro.min_four, ro.min_three, ro.min_two");
constexpr int kRoundColumnCount = 13;

ChampionRound readRound(const QSqlQuery& q, int at = 0) {
    ChampionRound r;
    r.id = rows::text(q, at);
    r.year = q.value(at + 1).toInt();
    r.title = rows::text(q, at + 2);
    for (int i = 0; i < 3; ++i) {
        r.partNames[i] = rows::text(q, at + 3 + 2 * i);
        r.partMax[i] = q.value(at + 4 + 2 * i).toInt();
    }
    r.minFive = q.value(at + 9).toInt();
    r.minFour = q.value(at + 10).toInt();
    r.minThree = q.value(at + 11).toInt();
    r.minTwo = q.value(at + 12).toInt();
    return r;
}

std::optional<ChampionRound> roundWhere(Database& db, const QString& where, const QVariant& key) {
    QSqlQuery q = sql::run(db.connection(),
                           QStringLiteral("SELECT %1 FROM otop_rounds ro WHERE %2").arg(kRoundColumns, where),
                           {key});
    return q.next() ? std::optional(readRound(q)) : std::nullopt;
}

// Stars of every rating of the round under its current thresholds.
void restar(QSqlDatabase& db, const ChampionRound& round, const QString& now) {
    QSqlQuery q = sql::run(db,
                           QStringLiteral("SELECT id, part1 + part2 + part3, stars FROM otop_ratings "
                                          "WHERE round_id = ?"),
                           {round.id});
    while (q.next()) {
        const int stars = starsFor(round, q.value(1).toInt());
        if (stars != q.value(2).toInt())
            sql::run(db,
                     QStringLiteral("UPDATE otop_ratings SET stars = ?, updated_at = ? WHERE id = ?"),
                     {stars, now, q.value(0)});
    }
}
}  // namespace

QList<ChampionRound> ChampionRepository::rounds() {
    QSqlQuery q = sql::run(db_.connection(),
                           QStringLiteral("SELECT %1 FROM otop_rounds ro ORDER BY ro.year DESC")
                               .arg(kRoundColumns));
    QList<ChampionRound> result;
    while (q.next()) result.append(readRound(q));
    return result;
}

std::optional<ChampionRound> ChampionRepository::round(int year) {
    return roundWhere(db_, QStringLiteral("ro.year = ?"), year);
}

ChampionRound ChampionRepository::ensureRound(int year) {
    if (std::optional<ChampionRound> found = round(year)) return *found;
    ChampionRound fresh = defaultChampionRound(year);
    saveRound(fresh);
    return fresh;
}

void ChampionRepository::saveRound(ChampionRound& r) {
    QSqlDatabase& db = db_.connection();
    Transaction transaction(db);
    FieldProblems problems = validateRound(r);
    const QVariant sameYear = sql::scalar(
        db, QStringLiteral("SELECT id FROM otop_rounds WHERE year = ? AND id <> ?"), {r.year, sql::trimmedText(r.id)});
    if (sameYear.isValid())
        problems.append({QStringLiteral("year"), Text::tr("มีรอบการคัดสรรของปี %1 อยู่แล้ว").arg(r.year + 543)});
    if (!r.id.isEmpty())
        for (int i = 0; i < 3; ++i) {
            const int highest =
                sql::scalar(db,
                            QStringLiteral("SELECT COALESCE(MAX(part%1), 0) FROM otop_ratings "
                                           "WHERE round_id = ?")
                                .arg(i + 1),
                            {r.id})
                    .toInt();
            if (highest > r.partMax[i])
                problems.append({QStringLiteral("part%1").arg(i + 1),
                                 Text::tr("มีผลิตภัณฑ์ได้คะแนนส่วนที่ %1 ไปแล้ว %2 คะแนน คะแนนเต็มจึงต่ำกว่านี้ไม่ได้")
                                     .arg(i + 1)
                                     .arg(highest)});
        }
    throwIfAny(problems);
    const bool isNew = r.id.isEmpty();
    if (isNew) r.id = newUuid();
    const QString now = nowUtc();
    const QVariantList values = {r.year,        sql::trimmedText(r.title), sql::trimmedText(r.partNames[0]),
                                 r.partMax[0],  sql::trimmedText(r.partNames[1]), r.partMax[1],
                                 sql::trimmedText(r.partNames[2]), r.partMax[2], r.minFive,
                                 r.minFour,     r.minThree,        r.minTwo,
                                 now,           r.id};
    const QString doing = Text::tr("การบันทึกรอบการคัดสรร");
    if (isNew)
        sql::runList(db,
                     QStringLiteral("INSERT INTO otop_rounds (year, title, part1_name, part1_max, "
                                    "part2_name, part2_max, part3_name, part3_max, min_five, "
                                    "min_four, min_three, min_two, updated_at, id, created_at) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     values + QVariantList{now}, doing);
    else
        sql::runList(db,
                     QStringLiteral("UPDATE otop_rounds SET year = ?, title = ?, part1_name = ?, "
                                    "part1_max = ?, part2_name = ?, part2_max = ?, part3_name = ?, "
                                    "part3_max = ?, min_five = ?, min_four = ?, min_three = ?, "
                                    "min_two = ?, updated_at = ? WHERE id = ?"),
                     values, doing);
    restar(db, r, now);
    transaction.commit();
}

void ChampionRepository::saveRating(ProductRating& rating, const QDate& today) {
    QSqlDatabase& db = db_.connection();
    Transaction transaction(db);
    const std::optional<ChampionRound> found = roundWhere(db_, QStringLiteral("ro.id = ?"), rating.roundId);
    if (!found)
        throwIfAny({{QStringLiteral("round_id"), Text::tr("กรุณาเลือกรอบการคัดสรร")}});
    FieldProblems problems = validateRating(*found, rating, today);
    if (!sql::scalar(db, QStringLiteral("SELECT 1 FROM otop_products WHERE id = ?"), {rating.productId})
             .isValid())
        problems.append({QStringLiteral("product_id"), Text::tr("ไม่พบผลิตภัณฑ์ที่เลือก")});
    throwIfAny(problems);
    rating.stars = starsFor(*found, rating.total());
    const QString now = nowUtc();
    // One rating per product and round: a re-scored product keeps its row.
    const QVariant existing = sql::scalar(
        db, QStringLiteral("SELECT id FROM otop_ratings WHERE product_id = ? AND round_id = ?"),
        {rating.productId, rating.roundId});
    const bool isNew = !existing.isValid();
    rating.id = isNew ? newUuid() : existing.toString();
    const QVariantList values = {rating.productId, rating.roundId, rating.parts[0], rating.parts[1],
                                 rating.parts[2], rating.stars,
                                 rating.markTier ? QVariant(markTierKey(*rating.markTier)) : QVariant(),
                                 rows::dateValue(rating.ratedOn), sql::trimmedText(rating.notes), now,
                                 rating.id};
    const QString doing = Text::tr("การบันทึกผลการคัดสรร");
    if (isNew)
        sql::runList(db,
                     QStringLiteral("INSERT INTO otop_ratings (product_id, round_id, part1, part2, "
                                    "part3, stars, mark_tier, rated_on, notes, updated_at, id, "
                                    "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     values + QVariantList{now}, doing);
    else
        sql::runList(db,
                     QStringLiteral("UPDATE otop_ratings SET product_id = ?, round_id = ?, part1 = ?, "
                                    "part2 = ?, part3 = ?, stars = ?, mark_tier = ?, rated_on = ?, "
                                    "notes = ?, updated_at = ? WHERE id = ?"),
                     values, doing);
    transaction.commit();
}

void ChampionRepository::removeRating(const QString& id) {
    sql::run(db_.connection(), QStringLiteral("DELETE FROM otop_ratings WHERE id = ?"), {id},
             Text::tr("การลบผลการคัดสรร"));
}

QList<RatingRow> ChampionRepository::history(const QString& productId) {
    QSqlQuery q = sql::run(
        db_.connection(),
        QStringLiteral("SELECT %1, ra.id, ra.part1, ra.part2, ra.part3, ra.stars, ra.mark_tier, "
                       "ra.rated_on, ra.notes FROM otop_ratings ra "
                       "JOIN otop_rounds ro ON ro.id = ra.round_id WHERE ra.product_id = ? "
                       "ORDER BY ro.year DESC")
            .arg(kRoundColumns),
        {productId});
    QList<RatingRow> result;
    const int at = kRoundColumnCount;
    while (q.next()) {
        RatingRow row;
        row.round = readRound(q);
        ProductRating& r = row.rating;
        r.id = rows::text(q, at);
        r.productId = productId;
        r.roundId = row.round.id;
        for (int i = 0; i < 3; ++i) r.parts[i] = q.value(at + 1 + i).toInt();
        r.stars = q.value(at + 4).toInt();
        r.markTier = markTierFromKey(rows::text(q, at + 5));
        r.ratedOn = rows::date(q, at + 6);
        r.notes = rows::text(q, at + 7);
        result.append(row);
    }
    return result;
}

}  // namespace thanrak
