#include "base/Ids.h"

#include <QUuid>

namespace thanrak {

namespace {
// Namespace UUID of Thanrak's deterministic identifiers; never change it.
const QUuid kThanrakNamespace(QStringLiteral("{6f0c8a52-2b1e-4f53-9c53-5a1d7e0c2b69}"));
}  // namespace

QString newUuid() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString stableUuid(const QString& kind, const QString& key) {
    return QUuid::createUuidV5(kThanrakNamespace, kind + QLatin1Char(':') + key)
        .toString(QUuid::WithoutBraces);
}

QString timestampUtc(const QDateTime& when) {
    return when.toUTC().toString(Qt::ISODateWithMs);
}

QString nowUtc() {
    return timestampUtc(QDateTime::currentDateTimeUtc());
}

}  // namespace thanrak
