#pragma once

#include "domain/Person.h"

#include <QSqlQuery>
#include <QString>

// How a person is read from SQL, shared by the repositories that list people
// next to other rows (members, committees) so they can join instead of
// looking each person up.
namespace thanrak::rows {

// "p.id, p.title, ..." — 13 columns of the people table aliased `p`.
const QString& personColumns();
Person readPerson(const QSqlQuery& query, int firstColumn);

}  // namespace thanrak::rows
