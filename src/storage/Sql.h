#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace thanrak::sql {

// Prepares and runs one statement with positional bindings; throws
// StorageError (with `doing` in its message) when SQLite refuses it.
QSqlQuery run(QSqlDatabase& db, const QString& statement,
              std::initializer_list<QVariant> bindings = {},
              const QString& doing = {});

// The same with bindings gathered at run time (filters, optional columns).
QSqlQuery runList(QSqlDatabase& db, const QString& statement, const QVariantList& bindings,
                  const QString& doing = {});

// Runs a statement and returns the first column of its first row (or an
// invalid QVariant when there is no row).
QVariant scalar(QSqlDatabase& db, const QString& statement,
                std::initializer_list<QVariant> bindings = {});

// Runs a script of statements separated by semicolons at line ends; used by
// migrations. Statements must not contain ";\n" inside string literals.
void runScript(QSqlDatabase& db, const QString& script, const QString& doing);

// NULL for an empty string, so optional text columns stay NULL rather than ''.
QVariant nullIfEmpty(const QString& text);

// Trimmed text for a NOT NULL text column: '' rather than NULL when empty
// (Qt binds a null QString as NULL).
QString trimmedText(const QString& text);

}  // namespace thanrak::sql
