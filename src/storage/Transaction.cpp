#include "storage/Transaction.h"

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <atomic>

namespace thanrak {

namespace {
bool insideTransaction(QSqlDatabase& db) {
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3* connection = *static_cast<sqlite3* const*>(handle.data());
    return connection && sqlite3_get_autocommit(connection) == 0;
}

QString nextSavepointName() {
    static std::atomic<int> counter{0};
    return QStringLiteral("thanrak_sp%1").arg(++counter);
}
}  // namespace

Transaction::Transaction(QSqlDatabase& db) : db_(db) {
    if (insideTransaction(db_)) {
        savepoint_ = nextSavepointName();
        exec(QStringLiteral("SAVEPOINT ") + savepoint_);
    } else {
        exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
    open_ = true;
}

Transaction::~Transaction() {
    if (!open_)
        return;
    QSqlQuery query(db_);
    if (savepoint_.isEmpty()) {
        query.exec(QStringLiteral("ROLLBACK"));
    } else {
        query.exec(QStringLiteral("ROLLBACK TO ") + savepoint_);
        query.exec(QStringLiteral("RELEASE ") + savepoint_);
    }
}

void Transaction::commit() {
    exec(savepoint_.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepoint_);
    open_ = false;
}

void Transaction::exec(const QString& statement) {
    QSqlQuery query(db_);
    if (!query.exec(statement))
        throw StorageError::fromSql(query.lastError(),
                                    QCoreApplication::translate("Storage", "การบันทึกข้อมูล"));
}

}  // namespace thanrak
