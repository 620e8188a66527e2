#include "base/Version.h"

namespace thanrak {

QString programVersion() {
    return QStringLiteral(THANRAK_VERSION);
}

}  // namespace thanrak
