#include "support/FileFixtures.h"

#include <QFile>

#include <sqlite3.h>
#include <stdexcept>

namespace thanrak::test {

QByteArray fileBytes(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        throw std::runtime_error("cannot write test file");
}

void rawSql(const QString& path, const char* statements) {
    sqlite3* db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        throw std::runtime_error("cannot open test database");
    char* error = nullptr;
    const int rc = sqlite3_exec(db, statements, nullptr, nullptr, &error);
    sqlite3_free(error);
    sqlite3_close(db);
    if (rc != SQLITE_OK)
        throw std::runtime_error("test SQL failed");
}

}  // namespace thanrak::test
