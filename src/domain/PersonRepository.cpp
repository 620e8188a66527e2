#include "domain/PersonRepository.h"

#include "base/Ids.h"
#include "domain/PersonRows.h"
#include "domain/Place.h"
#include "domain/RowMapping.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "thai/NationalId.h"
#include "thai/ThaiDigits.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Person)
};

QString selectPeople() {
    return QStringLiteral(
               "SELECT %1, v.moo, v.name_th, (SELECT count(*) FROM memberships m WHERE "
               "m.person_id = p.id AND (m.left_on IS NULL OR "
               "m.left_on >= date('now', 'localtime'))) "
               "FROM people p LEFT JOIN villages v ON v.code = p.village_code ")
        .arg(rows::personColumns());
}
const QString kOrder =
    QStringLiteral(" ORDER BY p.first_name COLLATE THAI, p.last_name COLLATE THAI, p.id");

Person readPerson(const QSqlQuery& q) {
    return rows::readPerson(q, 0);
}

QList<PersonSummary> readSummaries(QSqlQuery& q) {
    QList<PersonSummary> result;
    while (q.next()) {
        const QString label = q.value(14).isNull()
                                  ? QString()
                                  : villageLabel({{}, {}, q.value(13).toInt(), rows::text(q, 14)});
        result.append({readPerson(q), label, q.value(15).toInt()});
    }
    return result;
}

// "1-2345 6" and "๑๒๓" search by ID digits; anything else by name.
bool looksLikeIdDigits(const QString& text) {
    static const QRegularExpression shape(QStringLiteral("^[0-9 -]+$"));
    return shape.match(text).hasMatch();
}
}  // namespace

QList<PersonSummary> PersonRepository::search(const QString& text, int limit) {
    const QString needle = toArabicDigits(text.trimmed());
    QString where;
    QVariantList values;
    if (!needle.isEmpty() && looksLikeIdDigits(needle)) {
        QString digits = needle;
        digits.remove(QRegularExpression(QStringLiteral("[ -]")));
        where = QStringLiteral("WHERE instr(p.national_id, ?) > 0");
        values << digits;
    } else if (!needle.isEmpty()) {
        where = QStringLiteral("WHERE instr(p.first_name || ' ' || p.last_name, ?) > 0");
        values << needle;
    }
    values << limit;
    QSqlQuery q =
        sql::runList(db_.connection(), selectPeople() + where + kOrder + QStringLiteral(" LIMIT ?"),
                     values, Text::tr("การค้นหาบุคคล"));
    return readSummaries(q);
}

QList<PersonSummary> PersonRepository::inVillage(const QString& villageCode) {
    QSqlQuery q = sql::run(db_.connection(),
                           selectPeople() + QStringLiteral("WHERE p.village_code = ?") + kOrder,
                           {villageCode}, Text::tr("การอ่านรายชื่อบุคคล"));
    return readSummaries(q);
}

std::optional<Person> PersonRepository::find(const QString& id) {
    QSqlQuery q =
        sql::run(db_.connection(), selectPeople() + QStringLiteral("WHERE p.id = ?"), {id});
    return q.next() ? std::optional(readPerson(q)) : std::nullopt;
}

std::optional<Person> PersonRepository::findByNationalId(const QString& nationalId) {
    const QString digits = normalizeNationalId(nationalId);
    if (digits.isEmpty())
        return std::nullopt;
    QSqlQuery q = sql::run(db_.connection(),
                           selectPeople() + QStringLiteral("WHERE p.national_id = ?"), {digits});
    return q.next() ? std::optional(readPerson(q)) : std::nullopt;
}

FieldProblems PersonRepository::check(const Person& person) {
    FieldProblems problems = validatePerson(person, QDate::currentDate());
    const bool idOk = std::none_of(problems.begin(), problems.end(), [](const FieldProblem& p) {
        return p.field == QStringLiteral("national_id");
    });
    if (idOk && !person.nationalId.trimmed().isEmpty()) {
        const std::optional<Person> holder = findByNationalId(person.nationalId);
        if (holder && holder->id != person.id)
            problems.append(
                {QStringLiteral("national_id"),
                 Text::tr("เลขประจำตัวนี้เป็นของ %1 ซึ่งมีในระบบแล้ว").arg(personDisplayName(*holder))});
    }
    if (!person.villageCode.isEmpty() &&
        !sql::scalar(db_.connection(), QStringLiteral("SELECT 1 FROM villages WHERE code = ?"),
                     {person.villageCode})
             .isValid())
        problems.append(
            {QStringLiteral("village_code"), Text::tr("ไม่พบหมู่บ้านรหัส %1").arg(person.villageCode)});
    return problems;
}

void PersonRepository::save(Person& p) {
    Transaction transaction(db_.connection());
    p.firstName = p.firstName.trimmed();
    p.lastName = p.lastName.trimmed();
    if (!p.nationalId.trimmed().isEmpty() && validateNationalId(p.nationalId).ok())
        p.nationalId = normalizeNationalId(p.nationalId);
    throwIfAny(check(p));
    const QString now = nowUtc();
    const bool inserting = p.id.isEmpty();
    const QString id = inserting ? newUuid() : p.id;
    QVariantList values{p.title.isNull() ? QString(QLatin1String("")) : p.title,
                        p.firstName,
                        p.lastName,
                        sql::nullIfEmpty(p.nationalId),
                        rows::dateValue(p.birthDate),
                        sql::nullIfEmpty(p.houseNo),
                        sql::nullIfEmpty(p.villageCode),
                        sql::nullIfEmpty(p.addressLine),
                        sql::nullIfEmpty(p.postcode),
                        sql::nullIfEmpty(p.phone),
                        now,
                        id};
    if (inserting)
        values << now;
    sql::runList(db_.connection(),
                 inserting
                     ? QStringLiteral("INSERT INTO people (title, first_name, last_name, "
                                      "national_id, birth_date, house_no, village_code, "
                                      "address_line, postcode, phone, updated_at, id, "
                                      "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                     : QStringLiteral("UPDATE people SET title = ?, first_name = ?, "
                                      "last_name = ?, national_id = ?, birth_date = ?, "
                                      "house_no = ?, village_code = ?, address_line = ?, "
                                      "postcode = ?, phone = ?, updated_at = ? WHERE id = ?"),
                 values, Text::tr("การบันทึกข้อมูลบุคคล"));
    transaction.commit();
    p.id = id;
    p.updatedAt = now;
    if (inserting)
        p.createdAt = now;
}

}  // namespace thanrak
