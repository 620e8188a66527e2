#pragma once

#include "base/Error.h"

class QSqlError;

namespace thanrak {

// A database could not be opened, read or written. `code` names the case:
// storage.missing, storage.not_sqlite, storage.not_thanrak, storage.newer,
// storage.corrupt, storage.exists, storage.sql, storage.backup, storage.busy.
class StorageError : public Error {
public:
    using Error::Error;

    // Wraps a failed statement; the SQLite text is kept for the log, the
    // message says in Thai what the user was trying to do.
    static StorageError fromSql(const QSqlError& error, const QString& doing);
};

}  // namespace thanrak
