#include "storage/DatabaseFile.h"

#include <QFile>
#include <QFileInfo>

namespace thanrak {

namespace {
quint32 bigEndian32(const QByteArray& bytes, int offset) {
    quint32 value = 0;
    for (int i = 0; i < 4; ++i)
        value = (value << 8) | static_cast<unsigned char>(bytes.at(offset + i));
    return value;
}
}  // namespace

DatabaseFileHeader readDatabaseFileHeader(const QString& path) {
    DatabaseFileHeader header;
    const QFileInfo info(path);
    header.exists = info.exists() && info.isFile();
    if (!header.exists)
        return header;
    header.size = info.size();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return header;
    const QByteArray bytes = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    header.sqlite = bytes.size() == 100 && bytes.startsWith(magic);
    if (header.sqlite) {
        header.userVersion = bigEndian32(bytes, 60);
        header.applicationId = bigEndian32(bytes, 68);
    }
    return header;
}

}  // namespace thanrak
