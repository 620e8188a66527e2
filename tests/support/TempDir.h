#pragma once

#include <QString>
#include <QTemporaryDir>

namespace thanrak::test {

// A folder removed at the end of the test; path("x.db") gives a file inside it.
class TempDir {
public:
    TempDir();
    QString path(const QString& name) const;

private:
    QTemporaryDir dir_;
};

}  // namespace thanrak::test
