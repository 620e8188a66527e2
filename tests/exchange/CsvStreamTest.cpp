#include "exchange/CsvStream.h"
#include "exchange/ExchangeError.h"
#include "support/CatchQt.h"

#include <QBuffer>

using namespace thanrak;

namespace {
QList<QList<CsvField>> readAll(QByteArray bytes, QStringList names = {}) {
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvStreamReader reader(buffer, QStringLiteral("people.csv"));
    reader.setColumnNames(names);
    QList<QList<CsvField>> records;
    QList<CsvField> record;
    while (reader.next(record))
        records << record;
    return records;
}

ExchangeError readError(const QByteArray& bytes) {
    try {
        readAll(bytes, {QStringLiteral("id"), QStringLiteral("first_name"), QStringLiteral("phone")});
    } catch (const ExchangeError& error) {
        return error;
    }
    FAIL("the file was accepted");
    return ExchangeError(QString(), QString());
}
}  // namespace

TEST_CASE("CSV records are written as RFC 4180 with CRLF, and an empty text differs from no value") {
    QByteArray out;
    appendCsvRecord(out, {QByteArray("id"), QByteArray("name"), QByteArray("note")});
    appendCsvRecord(out, {QByteArray("1"), QByteArray("สมชาย, \"ชัย\""), std::nullopt});
    appendCsvRecord(out, {QByteArray("2"), QByteArray(""), QByteArray("สองบรรทัด\r\nต่อ")});
    CHECK(out == QByteArray("id,name,note\r\n"
                            "1,\"สมชาย, \"\"ชัย\"\"\",\r\n"
                            "2,\"\",\"สองบรรทัด\r\nต่อ\"\r\n"));

    const QList<QList<CsvField>> records = readAll(out);
    REQUIRE(records.size() == 3);
    CHECK(records[1][1].bytes == QByteArray("สมชาย, \"ชัย\""));
    CHECK(records[1][2].bytes.isEmpty());
    CHECK_FALSE(records[1][2].quoted);  // no value
    CHECK(records[2][1].bytes.isEmpty());
    CHECK(records[2][1].quoted);  // an empty text
    CHECK(records[2][2].bytes == QByteArray("สองบรรทัด\r\nต่อ"));
}

TEST_CASE("The reader skips a BOM, takes LF line ends and reads records across its buffer") {
    QByteArray big("\xEF\xBB\xBF" "a,b\n");
    for (int i = 0; i < 20000; ++i)
        big += QByteArray::number(i) + ",\"ค่า " + QByteArray::number(i) + "\"\n";
    const QList<QList<CsvField>> records = readAll(big);
    REQUIRE(records.size() == 20001);
    CHECK(records[0][0].bytes == QByteArray("a"));
    CHECK(records[20000][1].bytes == QByteArray("ค่า 19999"));
}

TEST_CASE("Broken quotes are refused naming the file, the row and the column") {
    // A quote in the middle of an unquoted field.
    ExchangeError error = readError("id,first_name,phone\r\n1,สม\"ชาย,081\r\n");
    CHECK(error.code() == QStringLiteral("csv.quote"));
    CHECK(error.where().file == QStringLiteral("people.csv"));
    CHECK(error.where().row == 2);
    CHECK(error.where().column == QStringLiteral("first_name"));

    // Text after a closing quote.
    error = readError("id,first_name,phone\r\n1,x,1\r\n2,\"สมชาย\"x,081\r\n");
    CHECK(error.where().row == 3);
    CHECK(error.where().column == QStringLiteral("first_name"));

    // The file ends inside quotes.
    error = readError("id,first_name,phone\r\n1,x,\"081\r\n");
    CHECK(error.where().row == 2);
    CHECK(error.where().column == QStringLiteral("phone"));
    CHECK(error.fullMessage().contains(QStringLiteral("ไฟล์ people.csv แถวที่ 2 ช่อง phone")));
}
