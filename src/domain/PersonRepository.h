#pragma once

#include "domain/Person.h"

#include <QList>
#include <optional>

namespace thanrak {

class Database;

struct PersonSummary {
    Person person;
    QString villageLabel;
    int organisations = 0;  // active memberships
};

class PersonRepository {
public:
    explicit PersonRepository(Database& database) : db_(database) {}

    // People whose name, surname or national ID contains `text` (all when
    // empty), in Thai dictionary order of first name then surname.
    QList<PersonSummary> search(const QString& text, int limit = 500);
    // Every person of one village, same order.
    QList<PersonSummary> inVillage(const QString& villageCode);
    std::optional<Person> find(const QString& id);
    std::optional<Person> findByNationalId(const QString& nationalId);

    // validatePerson plus uniqueness of the national ID.
    FieldProblems check(const Person& person);
    // Normalises the national ID, then inserts or updates in one transaction.
    void save(Person& person);

private:
    Database& db_;
};

}  // namespace thanrak
