#include "domain/PlaceRepository.h"

#include "base/Ids.h"
#include "domain/RowMapping.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Place)
};

bool allDigits(const QString& code, int length) {
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    return code.size() == length && digits.match(code).hasMatch();
}

bool exists(QSqlDatabase& db, const char* table, const QString& code) {
    return sql::scalar(db,
                       QStringLiteral("SELECT 1 FROM %1 WHERE code = ?").arg(QLatin1String(table)),
                       {code})
        .isValid();
}
}  // namespace

QList<Province> PlaceRepository::provinces() {
    QSqlQuery q =
        sql::run(db_.connection(), QStringLiteral("SELECT code, name_th, name_en FROM provinces "
                                                  "ORDER BY name_th COLLATE THAI"));
    QList<Province> result;
    while (q.next()) result.append({rows::text(q, 0), rows::text(q, 1), rows::text(q, 2)});
    return result;
}

QList<District> PlaceRepository::districts(const QString& provinceCode) {
    QSqlQuery q = sql::run(db_.connection(),
                           QStringLiteral("SELECT code, province_code, name_th, name_en FROM "
                                          "districts WHERE province_code = ? ORDER BY code"),
                           {provinceCode});
    QList<District> result;
    while (q.next())
        result.append({rows::text(q, 0), rows::text(q, 1), rows::text(q, 2), rows::text(q, 3)});
    return result;
}

QList<District> PlaceRepository::districtsInUse() {
    QSqlQuery q = sql::run(db_.connection(),
                           QStringLiteral("SELECT DISTINCT d.code, d.province_code, d.name_th, "
                                          "d.name_en FROM districts d JOIN subdistricts s ON "
                                          "s.district_code = d.code ORDER BY d.code"));
    QList<District> result;
    while (q.next())
        result.append({rows::text(q, 0), rows::text(q, 1), rows::text(q, 2), rows::text(q, 3)});
    return result;
}

QList<Subdistrict> PlaceRepository::subdistricts(const QString& districtCode) {
    QSqlQuery q =
        sql::run(db_.connection(),
                 QStringLiteral("SELECT code, district_code, name_th, name_en, postcode "
                                "FROM subdistricts WHERE district_code = ? ORDER BY code"),
                 {districtCode});
    QList<Subdistrict> result;
    while (q.next())
        result.append({rows::text(q, 0), rows::text(q, 1), rows::text(q, 2), rows::text(q, 3),
                       rows::text(q, 4)});
    return result;
}

QList<Village> PlaceRepository::villages(const QString& subdistrictCode) {
    QSqlQuery q = sql::run(db_.connection(),
                           QStringLiteral("SELECT code, subdistrict_code, moo, name_th FROM "
                                          "villages WHERE subdistrict_code = ? ORDER BY code"),
                           {subdistrictCode});
    QList<Village> result;
    while (q.next())
        result.append({rows::text(q, 0), rows::text(q, 1), q.value(2).toInt(), rows::text(q, 3)});
    return result;
}

std::optional<VillagePath> PlaceRepository::villagePath(const QString& villageCode) {
    QSqlQuery q = sql::run(
        db_.connection(),
        QStringLiteral("SELECT v.code, v.subdistrict_code, v.moo, v.name_th, s.name_th, d.name_th, "
                       "p.name_th, s.postcode FROM villages v "
                       "JOIN subdistricts s ON s.code = v.subdistrict_code "
                       "JOIN districts d ON d.code = s.district_code "
                       "JOIN provinces p ON p.code = d.province_code WHERE v.code = ?"),
        {villageCode});
    if (!q.next())
        return std::nullopt;
    return VillagePath{{rows::text(q, 0), rows::text(q, 1), q.value(2).toInt(), rows::text(q, 3)},
                       rows::text(q, 4),
                       rows::text(q, 5),
                       rows::text(q, 6),
                       rows::text(q, 7)};
}

FieldProblems PlaceRepository::checkSubdistrict(const Subdistrict& s) {
    FieldProblems problems;
    if (!allDigits(s.code, 6))
        problems.append({QStringLiteral("code"), Text::tr("รหัสตำบลต้องเป็นตัวเลข 6 หลัก")});
    else if (!s.code.startsWith(s.districtCode))
        problems.append(
            {QStringLiteral("code"), Text::tr("รหัสตำบลต้องขึ้นต้นด้วยรหัสอำเภอ %1").arg(s.districtCode)});
    else if (exists(db_.connection(), "subdistricts", s.code))
        problems.append({QStringLiteral("code"), Text::tr("มีตำบลรหัส %1 อยู่แล้ว").arg(s.code)});
    if (!exists(db_.connection(), "districts", s.districtCode))
        problems.append(
            {QStringLiteral("district_code"), Text::tr("ไม่พบอำเภอรหัส %1").arg(s.districtCode)});
    if (s.nameTh.trimmed().isEmpty())
        problems.append({QStringLiteral("name_th"), Text::tr("กรุณาใส่ชื่อตำบล")});
    if (!s.postcode.isEmpty() && !allDigits(s.postcode, 5))
        problems.append({QStringLiteral("postcode"), Text::tr("รหัสไปรษณีย์ต้องเป็นตัวเลข 5 หลัก")});
    return problems;
}

FieldProblems PlaceRepository::checkVillage(const Village& v) {
    FieldProblems problems;
    if (v.moo < 1 || v.moo > 99)
        problems.append({QStringLiteral("moo"), Text::tr("หมู่ที่ต้องอยู่ระหว่าง 1 ถึง 99")});
    const QString expected =
        v.subdistrictCode + QStringLiteral("%1").arg(v.moo, 2, 10, QLatin1Char('0'));
    if (v.code != expected)
        problems.append({QStringLiteral("code"),
                         Text::tr("รหัสหมู่บ้านต้องเป็นรหัสตำบลตามด้วยหมู่ที่สองหลัก คือ %1").arg(expected)});
    else if (exists(db_.connection(), "villages", v.code))
        problems.append({QStringLiteral("code"), Text::tr("มีหมู่บ้านรหัส %1 อยู่แล้ว").arg(v.code)});
    if (!exists(db_.connection(), "subdistricts", v.subdistrictCode))
        problems.append({QStringLiteral("subdistrict_code"),
                         Text::tr("ไม่พบตำบลรหัส %1").arg(v.subdistrictCode)});
    if (v.nameTh.trimmed().isEmpty())
        problems.append({QStringLiteral("name_th"), Text::tr("กรุณาใส่ชื่อหมู่บ้าน")});
    return problems;
}

void PlaceRepository::addSubdistrict(const Subdistrict& s) {
    Transaction transaction(db_.connection());
    throwIfAny(checkSubdistrict(s));
    const QString now = nowUtc();
    sql::run(
        db_.connection(),
        QStringLiteral("INSERT INTO subdistricts (code, district_code, uuid, name_th, name_en, "
                       "postcode, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {s.code, s.districtCode, stableUuid(QStringLiteral("subdistrict"), s.code),
         s.nameTh.trimmed(), sql::nullIfEmpty(s.nameEn), sql::nullIfEmpty(s.postcode), now, now});
    transaction.commit();
}

void PlaceRepository::addVillage(const Village& v) {
    Transaction transaction(db_.connection());
    throwIfAny(checkVillage(v));
    const QString now = nowUtc();
    sql::run(db_.connection(),
             QStringLiteral("INSERT INTO villages (code, subdistrict_code, moo, uuid, name_th, "
                            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
             {v.code, v.subdistrictCode, v.moo, stableUuid(QStringLiteral("village"), v.code),
              v.nameTh.trimmed(), now, now});
    transaction.commit();
}

}  // namespace thanrak
