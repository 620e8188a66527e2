#include "domain/Place.h"

#include <QCoreApplication>

namespace thanrak {

QString villageLabel(const Village& village) {
    return QCoreApplication::translate("Place", "%1 หมู่ที่ %2").arg(village.nameTh).arg(village.moo);
}

}  // namespace thanrak
