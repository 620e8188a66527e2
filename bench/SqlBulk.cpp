#include "SqlBulk.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <stdexcept>

namespace thanrak::bench {

sqlite3* sqliteHandle(QSqlDatabase& db) {
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        throw std::runtime_error("not an SQLite connection");
    return *static_cast<sqlite3* const*>(handle.data());
}

Statement::Statement(sqlite3* db, const char* sql) : db_(db) {
    if (sqlite3_prepare_v2(db_, sql, -1, &statement_, nullptr) != SQLITE_OK)
        throw std::runtime_error(std::string("prepare: ") + sqlite3_errmsg(db_) + " in " + sql);
}

Statement::~Statement() {
    sqlite3_finalize(statement_);
}

Statement& Statement::bind(int index, qint64 value) {
    sqlite3_bind_int64(statement_, index, value);
    return *this;
}

Statement& Statement::bind(int index, const QString& text) {
    if (text.isEmpty())
        sqlite3_bind_null(statement_, index);
    else
        bindText(index, text.toUtf8());
    return *this;
}

Statement& Statement::bindText(int index, const QByteArray& utf8) {
    sqlite3_bind_text(statement_, index, utf8.constData(), static_cast<int>(utf8.size()),
                      SQLITE_TRANSIENT);
    return *this;
}

void Statement::run() {
    const int rc = sqlite3_step(statement_);
    sqlite3_reset(statement_);
    sqlite3_clear_bindings(statement_);
    if (rc != SQLITE_DONE)
        throw std::runtime_error(std::string("insert: ") + sqlite3_errmsg(db_));
}

}  // namespace thanrak::bench
