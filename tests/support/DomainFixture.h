#pragma once

#include "domain/Organisation.h"
#include "domain/Person.h"
#include "storage/Database.h"
#include "support/TempDir.h"

#include <memory>

namespace thanrak::test {

// A fresh file with the shipped provinces and districts, tambon ทรายมูล-like
// test places (350201, villages 35020101 and 35020102) and helpers to add rows.
class DomainFixture {
public:
    DomainFixture();
    Database& db() { return *db_; }

    Person addPerson(const QString& firstName, const QString& lastName,
                     const QString& nationalId = {}, const QString& villageCode = {});
    Organisation addOrganisation(const QString& code, const QString& villageCode,
                                 OrganisationKind kind = OrganisationKind::SavingsGroup);
    QString addMember(const Organisation& org, const Person& person, const QString& memberNo,
                      const QDate& joined = QDate(2020, 1, 1));

private:
    TempDir dir_;
    std::unique_ptr<Database> db_;
};

// Valid IDs worked by hand (see NationalId tests for the arithmetic).
QString validId(int index);

}  // namespace thanrak::test
