#pragma once

#include <QByteArray>
#include <QString>

namespace thanrak::test {

QByteArray fileBytes(const QString& path);
void writeFile(const QString& path, const QByteArray& bytes);

// Runs SQL on a file through the plain SQLite C API, bypassing Thanrak, to
// build files Thanrak must refuse (another program's, a newer version's).
void rawSql(const QString& path, const char* statements);

}  // namespace thanrak::test
