#include "exchange/CellCodec.h"
#include "support/CatchQt.h"

using namespace thanrak;

namespace {
ExchangeColumn column(ColumnKind kind, bool required = false) {
    return {QStringLiteral("c"), kind, QStringLiteral("TEXT"), required, false};
}

DecodedCell decode(const char* text, ColumnKind kind, bool quoted = false) {
    return decodeCell({QByteArray(text), quoted}, column(kind));
}
}  // namespace

TEST_CASE("Amounts travel as plain baht decimals and come back as exact satang") {
    CHECK(satangToDecimal(123450) == QByteArray("1234.50"));
    CHECK(satangToDecimal(5) == QByteArray("0.05"));
    CHECK(satangToDecimal(-1) == QByteArray("-0.01"));
    CHECK(satangToDecimal(0) == QByteArray("0.00"));
    CHECK(decimalToSatang("1234.50") == 123450);
    CHECK(decimalToSatang("0.5") == 50);
    CHECK(decimalToSatang("12") == 1200);
    CHECK(decimalToSatang("-0.01") == -1);
    CHECK_FALSE(decimalToSatang("1,234.50"));
    CHECK_FALSE(decimalToSatang("1.234"));
    CHECK_FALSE(decimalToSatang("12."));
    CHECK_FALSE(decimalToSatang("฿12"));
    CHECK_FALSE(decimalToSatang("99999999999999"));  // 14 digits of baht: absurd

    CHECK(decode("1500.00", ColumnKind::Money).value.toLongLong() == 150000);
    CHECK(decode("-5.00", ColumnKind::Money).problem.contains(QStringLiteral("ติดลบไม่ได้")));
    CHECK(decode("-5.00", ColumnKind::SignedMoney).value.toLongLong() == -500);
    CHECK(decode("1,500", ColumnKind::Money).problem.contains(QStringLiteral("ไม่ใช่จำนวนเงิน")));
}

TEST_CASE("Dates, months and times must be C.E.; a B.E. year says which C.E. year was meant") {
    CHECK(decode("2026-03-05", ColumnKind::Date).value.toString() == QStringLiteral("2026-03-05"));
    const DecodedCell be = decode("2569-03-05", ColumnKind::Date);
    CHECK(be.problem.contains(QStringLiteral("2569")));
    CHECK(be.problem.contains(QStringLiteral("2026")));
    CHECK_FALSE(decode("2026-02-30", ColumnKind::Date).problem.isEmpty());
    CHECK_FALSE(decode("5/3/2026", ColumnKind::Date).problem.isEmpty());

    CHECK(decode("2026-03", ColumnKind::Month).problem.isEmpty());
    CHECK(decode("2569-03", ColumnKind::Month).problem.contains(QStringLiteral("2026")));
    CHECK_FALSE(decode("2026-13", ColumnKind::Month).problem.isEmpty());

    CHECK(decode("2026-11-22T07:40:00.123Z", ColumnKind::Timestamp).problem.isEmpty());
    CHECK(decode("2026-11-22T07:40:00Z", ColumnKind::Timestamp).problem.isEmpty());
    CHECK(decode("2569-11-22T07:40:00.123Z", ColumnKind::Timestamp).problem.contains(QStringLiteral("2026")));
    CHECK_FALSE(decode("2026-11-22 07:40", ColumnKind::Timestamp).problem.isEmpty());
}

TEST_CASE("IDs: record keys are lower-case UUIDs and national IDs need their check digit") {
    CHECK(decode("0f8fad5b-d9cb-469f-a165-70867728950e", ColumnKind::Uuid).problem.isEmpty());
    CHECK_FALSE(decode("0F8FAD5B-D9CB-469F-A165-70867728950E", ColumnKind::Uuid).problem.isEmpty());
    CHECK_FALSE(decode("42", ColumnKind::Uuid).problem.isEmpty());
    // 1-1017-00203-45-? : 1×13 + 1×12 + 0×11 + 1×10 + 7×9 + 0×8 + 0×7 + 2×6 + 0×5 + 3×4 + 4×3 + 5×2
    // = 13 + 12 + 10 + 63 + 12 + 12 + 12 + 10 = 144; 144 mod 11 = 1; (11 − 1) mod 10 = 0.
    CHECK(decode("1101700203450", ColumnKind::NationalId).problem.isEmpty());
    CHECK_FALSE(decode("1101700203451", ColumnKind::NationalId).problem.isEmpty());
    CHECK_FALSE(decode("1-1017-00203-45-0", ColumnKind::NationalId).problem.isEmpty());
}

TEST_CASE("Empty cells: required columns refuse them, quoted empty text stays an empty text") {
    CHECK(decodeCell({QByteArray(), false}, column(ColumnKind::Text, true)).problem.contains(QStringLiteral("ว่าง")));
    CHECK(decodeCell({QByteArray(), false}, column(ColumnKind::Text)).value.isNull());
    const DecodedCell empty = decodeCell({QByteArray(), true}, column(ColumnKind::Text));
    CHECK_FALSE(empty.value.isNull());
    CHECK(empty.value.toString().isEmpty());
    CHECK(decode("\xE0\xB8", ColumnKind::Text).problem.contains(QStringLiteral("UTF-8")));
    CHECK(decode("\xca\xc1\xca\xd2\xc2", ColumnKind::Text).problem.contains(QStringLiteral("Windows-874")));
    CHECK(decode("12x", ColumnKind::Integer).problem.contains(QStringLiteral("จำนวนเต็ม")));
}
