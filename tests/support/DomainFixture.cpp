#include "support/DomainFixture.h"

#include "domain/MembershipRepository.h"
#include "domain/OrganisationRepository.h"
#include "domain/PersonRepository.h"
#include "domain/PlaceRepository.h"
#include "domain/ReferenceData.h"
#include "thai/NationalId.h"

namespace thanrak::test {

DomainFixture::DomainFixture() {
    db_ = Database::create(dir_.path(QStringLiteral("domain.thanrak")));
    installReferenceData(*db_);
    PlaceRepository places(*db_);
    places.addSubdistrict({QStringLiteral("350201"), QStringLiteral("3502"), QStringLiteral("ทรายมูล"),
                           QStringLiteral("Sai Mun"), QStringLiteral("35170")});
    places.addSubdistrict({QStringLiteral("350202"), QStringLiteral("3502"), QStringLiteral("ดู่ลาด"),
                           QStringLiteral("Du Lat"), QStringLiteral("35170")});
    places.addVillage({QStringLiteral("35020101"), QStringLiteral("350201"), 1, QStringLiteral("บ้านหนองบัว")});
    places.addVillage({QStringLiteral("35020102"), QStringLiteral("350201"), 2, QStringLiteral("บ้านโนนสูง")});
    places.addVillage({QStringLiteral("35020201"), QStringLiteral("350202"), 1, QStringLiteral("บ้านดู่ลาด")});
}

Person DomainFixture::addPerson(const QString& firstName, const QString& lastName,
                                const QString& nationalId, const QString& villageCode) {
    Person p;
    p.title = QStringLiteral("นาง");
    p.firstName = firstName;
    p.lastName = lastName;
    p.nationalId = nationalId;
    p.villageCode = villageCode;
    PersonRepository(*db_).save(p);
    return p;
}

Organisation DomainFixture::addOrganisation(const QString& code, const QString& villageCode,
                                            OrganisationKind kind) {
    Organisation o;
    o.kind = kind;
    o.code = code;
    o.name = QStringLiteral("กลุ่ม ") + code;
    o.villageCode = villageCode;
    o.registeredOn = QDate(2010, 5, 1);
    OrganisationRepository(*db_).save(o);
    return o;
}

QString DomainFixture::addMember(const Organisation& org, const Person& person,
                                 const QString& memberNo, const QDate& joined) {
    Membership m{{}, org.id, person.id, memberNo, joined, {}, {}, {}};
    MembershipRepository(*db_).save(m);
    return m.id;
}

QString validId(int index) {
    const QString first12 = QStringLiteral("35020%1").arg(index, 7, 10, QLatin1Char('0'));
    return first12 + QString::number(nationalIdCheckDigit(first12));
}

}  // namespace thanrak::test
