#pragma once

#include <QString>

namespace thanrak {

// What the first 100 bytes of a file say about it, read without opening it
// through SQLite, so a file we are going to refuse is never touched.
struct DatabaseFileHeader {
    bool exists = false;
    bool sqlite = false;          // starts with "SQLite format 3\0"
    quint32 applicationId = 0;    // PRAGMA application_id, big-endian at offset 68
    quint32 userVersion = 0;      // PRAGMA user_version, big-endian at offset 60
    qint64 size = 0;
};

DatabaseFileHeader readDatabaseFileHeader(const QString& path);

// "THRK": marks a SQLite file as Thanrak's.
inline constexpr quint32 kThanrakApplicationId = 0x5448524B;

}  // namespace thanrak
