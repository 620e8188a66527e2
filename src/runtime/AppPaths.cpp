#include "runtime/AppPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace thanrak {

namespace {
QString ensureFolder(const QString& path) {
    QDir().mkpath(path);
    return path;
}
}  // namespace

QString dataFolder() {
    return ensureFolder(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
}

QString logFolder() {
    return ensureFolder(QDir(dataFolder()).filePath(QStringLiteral("logs")));
}

QString defaultDatabasePath() {
    return QDir(dataFolder()).filePath(QStringLiteral("thanrak.thanrak"));
}

QString demoDatabasePath() {
    return QDir(dataFolder()).filePath(QStringLiteral("demo-district.thanrak"));
}

}  // namespace thanrak
