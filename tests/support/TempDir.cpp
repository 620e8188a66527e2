#include "support/TempDir.h"

#include <stdexcept>

namespace thanrak::test {

TempDir::TempDir() {
    if (!dir_.isValid())
        throw std::runtime_error("cannot create a temporary folder");
}

QString TempDir::path(const QString& name) const {
    return dir_.filePath(name);
}

}  // namespace thanrak::test
