#pragma once

#include <QSqlDatabase>

namespace thanrak {

// Registers the collation THAI on a SQLite connection so queries can say
// ORDER BY last_name COLLATE THAI and get dictionary order (leading vowels
// เ แ โ ใ ไ are not the first letter). It is used in queries only, never in
// the schema, so the file still opens in the plain sqlite3 tool.
void registerThaiCollation(QSqlDatabase& db);

}  // namespace thanrak
