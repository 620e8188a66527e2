#include "support/CatchQt.h"

#include "base/Csv.h"
#include "base/Error.h"

using namespace thanrak;

TEST_CASE("CSV records: quotes, doubled quotes, embedded line breaks, CRLF") {
    const QList<QStringList> rows = parseCsv(QStringLiteral(
        "code,name,note\r\n"
        "1,\"กลุ่มออมทรัพย์, บ้านหนองบัว\",\"พูดว่า \"\"สัจจะ\"\"\"\r\n"
        "2,กองทุน,\"บรรทัดแรก\nบรรทัดสอง\"\r\n"
        "3,,\r\n"));
    REQUIRE(rows.size() == 4);
    CHECK(rows.at(1) == QStringList{QStringLiteral("1"), QStringLiteral("กลุ่มออมทรัพย์, บ้านหนองบัว"),
                                    QStringLiteral("พูดว่า \"สัจจะ\"")});
    CHECK(rows.at(2).at(2) == QStringLiteral("บรรทัดแรก\nบรรทัดสอง"));
    CHECK(rows.at(3) == QStringList{QStringLiteral("3"), QString(), QString()});
}

TEST_CASE("CSV without a final line break and with another delimiter") {
    CHECK(parseCsv(QStringLiteral("a;b\n1;2"), QLatin1Char(';')) ==
          QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b")},
                             {QStringLiteral("1"), QStringLiteral("2")}});
    CHECK(parseCsv(QString()).isEmpty());
}

TEST_CASE("an unclosed quote is an error naming the line where it opened") {
    try {
        parseCsv(QStringLiteral("a,b\n1,2\n3,\"open\n4,5\n"));
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(e.code() == QStringLiteral("csv.quote"));
        CHECK(e.where().row == 3);
        CHECK(e.message().contains(QStringLiteral("บรรทัดที่ 3")));
    }
}
