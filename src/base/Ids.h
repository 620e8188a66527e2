#pragma once

#include <QDateTime>
#include <QString>

namespace thanrak {

// A new random identifier for a syncable row (UUID v4, lower case, no braces).
QString newUuid();

// A stable identifier derived from a name, the same on every installation
// (UUID v5). Used for shipped reference rows such as provinces, so two offices
// that add the same village code independently still agree on its identity.
QString stableUuid(const QString& kind, const QString& key);

// Row timestamps: UTC, ISO 8601 with milliseconds, e.g. 2026-11-22T07:40:00.123Z.
QString timestampUtc(const QDateTime& when);
QString nowUtc();

}  // namespace thanrak
