#include "runtime/RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

namespace thanrak {

namespace {
const QString kKey = QStringLiteral("recentFiles");

QStringList stored() {
    return QSettings().value(kKey).toStringList();
}

void store(const QStringList& files) {
    QSettings().setValue(kKey, files);
}
}  // namespace

QStringList RecentFiles::list() const {
    QStringList existing;
    for (const QString& path : stored())
        if (QFileInfo::exists(path))
            existing << path;
    return existing;
}

void RecentFiles::add(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = stored();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaximum)
        files.removeLast();
    store(files);
}

void RecentFiles::remove(const QString& path) {
    QStringList files = stored();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    store(files);
}

void RecentFiles::clear() {
    store({});
}

}  // namespace thanrak
