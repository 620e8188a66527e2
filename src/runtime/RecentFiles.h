#pragma once

#include <QStringList>

namespace thanrak {

// The files opened last, newest first, kept in the user's settings.
class RecentFiles {
public:
    static constexpr int kMaximum = 8;

    QStringList list() const;  // only files that still exist
    void add(const QString& path);
    void remove(const QString& path);
    void clear();
};

}  // namespace thanrak
