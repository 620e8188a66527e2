#pragma once

#include <QByteArray>
#include <QString>

#include <sqlite3.h>

class QSqlDatabase;

namespace thanrak::bench {

// The SQLite handle under a Qt connection, so history can be written with
// prepared statements at C speed inside the same transaction the services use.
sqlite3* sqliteHandle(QSqlDatabase& db);

// One prepared INSERT, bound by position (1-based) and run again and again.
class Statement {
public:
    Statement(sqlite3* db, const char* sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, qint64 value);
    Statement& bind(int index, const QString& text);  // empty text binds NULL
    Statement& bindText(int index, const QByteArray& utf8);
    void run();  // steps once and resets; throws std::runtime_error on failure

private:
    sqlite3* db_;
    sqlite3_stmt* statement_ = nullptr;
};

}  // namespace thanrak::bench
