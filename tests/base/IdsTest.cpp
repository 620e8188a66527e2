#include "support/CatchQt.h"

#include "base/Ids.h"

#include <QRegularExpression>
#include <QTimeZone>

using namespace thanrak;

TEST_CASE("new UUIDs are random v4 in lower case without braces") {
    static const QRegularExpression v4(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    const QString a = newUuid();
    CHECK(v4.match(a).hasMatch());
    CHECK(a != newUuid());
}

TEST_CASE("stable UUIDs are v5, the same for the same kind and key everywhere") {
    const QString district = stableUuid(QStringLiteral("district"), QStringLiteral("3503"));
    CHECK(district == stableUuid(QStringLiteral("district"), QStringLiteral("3503")));
    CHECK(district != stableUuid(QStringLiteral("village"), QStringLiteral("3503")));
    CHECK(district.at(14) == QLatin1Char('5'));
}

TEST_CASE("timestamps are UTC ISO 8601 with milliseconds") {
    const QDateTime bangkok(QDate(2026, 11, 22), QTime(14, 40, 0, 123), QTimeZone("Asia/Bangkok"));
    CHECK(timestampUtc(bangkok) == QStringLiteral("2026-11-22T07:40:00.123Z"));
}
