#include "demo/DemoPeople.h"

#include "demo/DemoNames.h"
#include "thai/NationalId.h"

namespace thanrak::demo {

namespace {
int uniform(std::mt19937& rng, int low, int high) {
    return std::uniform_int_distribution<int>(low, high)(rng);
}

const QString& pick(std::mt19937& rng, const QStringList& list) {
    return list.at(uniform(rng, 0, static_cast<int>(list.size()) - 1));
}

// Category 3: registered in a house book before IDs were issued at birth
// (people born before 1984); category 1: registered at birth since then.
QString nationalIdFor(std::mt19937& rng, const QDate& birth, const QString& districtCode) {
    QString first12 = QString::number(birth.year() < 1984 ? 3 : 1) + districtCode;
    while (first12.size() < 12)
        first12 += QString::number(uniform(rng, 0, 9));
    return first12 + QString::number(nationalIdCheckDigit(first12));
}

QString phoneNumber(std::mt19937& rng) {
    return QStringLiteral("0%1%2-%3-%4")
        .arg(uniform(rng, 6, 9))
        .arg(uniform(rng, 0, 9))
        .arg(uniform(rng, 100, 999))
        .arg(uniform(rng, 0, 9999), 4, 10, QLatin1Char('0'));
}
}  // namespace

Person makePerson(std::mt19937& rng, const QString& villageCode, const QString& districtCode,
                  const QDate& today) {
    Person p;
    const bool female = uniform(rng, 0, 99) < 58;  // savings groups are mostly women
    p.birthDate = today.addYears(-uniform(rng, 20, 76)).addDays(-uniform(rng, 0, 364));
    const bool married = today.year() - p.birthDate.year() > 26 && uniform(rng, 0, 9) < 8;
    p.title = female ? (married ? QStringLiteral("นาง") : QStringLiteral("นางสาว"))
                     : QStringLiteral("นาย");
    p.firstName = pick(rng, female ? femaleGivenNames() : maleGivenNames());
    p.lastName = pick(rng, surnames());
    p.nationalId = nationalIdFor(rng, p.birthDate, districtCode);
    p.houseNo = QString::number(uniform(rng, 1, 260));
    p.villageCode = villageCode;
    if (uniform(rng, 0, 9) < 7)
        p.phone = phoneNumber(rng);
    return p;
}

}  // namespace thanrak::demo
