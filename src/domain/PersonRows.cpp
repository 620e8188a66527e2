#include "domain/PersonRows.h"

#include "domain/RowMapping.h"

namespace thanrak::rows {

const QString& personColumns() {
    static const QString columns = QStringLiteral(
        "p.id, p.title, p.first_name, p.last_name, p.national_id, p.birth_date, p.house_no, "
        "p.village_code, p.address_line, p.postcode, p.phone, p.created_at, p.updated_at");
    return columns;
}

Person readPerson(const QSqlQuery& q, int at) {
    Person p;
    p.id = text(q, at);
    p.title = text(q, at + 1);
    p.firstName = text(q, at + 2);
    p.lastName = text(q, at + 3);
    p.nationalId = text(q, at + 4);
    p.birthDate = date(q, at + 5);
    p.houseNo = text(q, at + 6);
    p.villageCode = text(q, at + 7);
    p.addressLine = text(q, at + 8);
    p.postcode = text(q, at + 9);
    p.phone = text(q, at + 10);
    p.createdAt = text(q, at + 11);
    p.updatedAt = text(q, at + 12);
    return p;
}

}  // namespace thanrak::rows
