#pragma once

#include <QString>

namespace thanrak {

class Database;

// Who is married to whom (people.spouse_person_id), for the guarantor rule
// "not the borrower's spouse". Kept here until the person form edits it; the
// link is written both ways so either side finds the other.
class SpouseRepository {
public:
    explicit SpouseRepository(Database& database) : db_(database) {}

    // The spouse's person id, or empty.
    QString spouseOf(const QString& personId);
    // Links two people as spouses, undoing any earlier link of either one.
    void link(const QString& personId, const QString& spousePersonId);
    void unlink(const QString& personId);

private:
    Database& db_;
};

}  // namespace thanrak
