#include "domain/Person.h"

#include "thai/NationalId.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Person)
};

void checkBirthDate(const QDate& birth, const QDate& today, FieldProblems& problems) {
    if (!birth.isValid())
        return;
    if (birth > today)
        problems.append({QStringLiteral("birth_date"), Text::tr("วันเกิดต้องไม่เกินวันนี้")});
    else if (birth.year() < 1900)
        problems.append({QStringLiteral("birth_date"),
                         Text::tr("ปีเกิดเก่ากว่า พ.ศ. 2443 ดูไม่ถูกต้อง กรุณาตรวจว่าพิมพ์ปีเป็น พ.ศ.")});
}
}  // namespace

QStringList personTitles() {
    return {Text::tr("นาย"),  Text::tr("นาง"),  Text::tr("นางสาว"),
            Text::tr("ด.ช."), Text::tr("ด.ญ."), Text::tr("พระ")};
}

QString personDisplayName(const Person& person) {
    QString name = person.title + person.firstName;
    if (!person.lastName.isEmpty())
        name += QLatin1Char(' ') + person.lastName;
    return name;
}

FieldProblems validatePerson(const Person& p, const QDate& today) {
    FieldProblems problems;
    if (p.firstName.trimmed().isEmpty())
        problems.append({QStringLiteral("first_name"), Text::tr("กรุณาใส่ชื่อ")});
    if (p.lastName.trimmed().isEmpty())
        problems.append({QStringLiteral("last_name"), Text::tr("กรุณาใส่นามสกุล")});
    if (!p.nationalId.trimmed().isEmpty()) {
        const NationalIdCheck id = validateNationalId(p.nationalId);
        if (!id.ok())
            problems.append({QStringLiteral("national_id"), id.message});
    }
    checkBirthDate(p.birthDate, today, problems);
    static const QRegularExpression phone(QStringLiteral("^0[0-9]{8,9}$"));
    QString digits = p.phone;
    digits.remove(QRegularExpression(QStringLiteral("[ -]")));
    if (!p.phone.isEmpty() && !phone.match(digits).hasMatch())
        problems.append({QStringLiteral("phone"),
                         Text::tr("เบอร์โทรศัพท์ต้องขึ้นต้นด้วย 0 และมี 9 หรือ 10 หลัก เช่น 081-234-5678")});
    static const QRegularExpression postcode(QStringLiteral("^[0-9]{5}$"));
    if (!p.postcode.isEmpty() && !postcode.match(p.postcode).hasMatch())
        problems.append({QStringLiteral("postcode"), Text::tr("รหัสไปรษณีย์ต้องเป็นตัวเลข 5 หลัก")});
    return problems;
}

}  // namespace thanrak
