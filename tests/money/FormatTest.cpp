#include "MoneyTestSupport.h"

#include <limits>
#include <random>

using namespace thanrak;
using namespace thanrak::test;

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();

// The MoneyError parseMoney throws for `text`, as "code|message".
QString parseFailure(const QString& text) {
    try {
        parseMoney(text);
    } catch (const MoneyError& e) {
        return e.code() + u'|' + e.message();
    }
    return QStringLiteral("accepted");
}

}  // namespace

TEST_CASE("formatMoney", "[format]") {
    CHECK(formatMoney(satang(123450)) == QStringLiteral("1,234.50"));
    CHECK(formatMoney(satang(-7)) == QStringLiteral("-0.07"));
    CHECK(formatMoney(Money()) == QStringLiteral("0.00"));
    CHECK(formatMoney(baht(-1000000)) == QStringLiteral("-1,000,000.00"));
    CHECK(formatMoney(satang(5)) == QStringLiteral("0.05"));
    CHECK(formatMoney(satang(100)) == QStringLiteral("1.00"));
    CHECK(formatMoney(satang(99999)) == QStringLiteral("999.99"));
    CHECK(formatMoney(satang(100000)) == QStringLiteral("1,000.00"));
    CHECK(formatMoney(satang(-99999)) == QStringLiteral("-999.99"));
    CHECK(formatMoney(satang(kMax)) == QStringLiteral("92,233,720,368,547,758.07"));
    CHECK(formatMoney(satang(kMin)) == QStringLiteral("-92,233,720,368,547,758.08"));
    CHECK(formatMoney(satang(123456789), {.thousands = false}) == QStringLiteral("1234567.89"));
    CHECK(formatMoney(satang(-5), {.thousands = false}) == QStringLiteral("-0.05"));
}

TEST_CASE("parseMoney accepts the documented shapes", "[parse]") {
    CHECK(parseMoney(u"1,234.50") == satang(123450));
    CHECK(parseMoney(u"-0.07") == satang(-7));
    CHECK(parseMoney(u"0") == Money());
    CHECK(parseMoney(u"-0.00") == Money());
    CHECK(parseMoney(u"+12") == baht(12));
    CHECK(parseMoney(u"1234.5") == satang(123450));
    CHECK(parseMoney(u"1234.05") == satang(123405));
    CHECK(parseMoney(u"1,000,000") == baht(1000000));
    CHECK(parseMoney(u"999,999.99") == satang(99999999));
    CHECK(parseMoney(u"007") == baht(7));
    CHECK(parseMoney(u"  1,234.50\t") == satang(123450));
    CHECK(parseMoney(u"\u00A01,234.50\u00A0") == satang(123450));  // NBSP from Windows-874
    CHECK(parseMoney(u"๑,๒๓๔.๕๐") == satang(123450));
    CHECK(parseMoney(u"-๐.๐๗") == satang(-7));
    CHECK(parseMoney(u"92,233,720,368,547,758.07") == satang(kMax));
    CHECK(parseMoney(u"-92,233,720,368,547,758.08") == satang(kMin));
}

TEST_CASE("parseMoney rejects malformed text with a Thai reason", "[parse]") {
    const QString bad = QStringLiteral("money.parse|จำนวนเงิน \"%1\" ไม่ถูกต้อง: %2");
    const QString comma = QStringLiteral("ใส่จุลภาคคั่นหลักพันผิดตำแหน่ง");
    const QString sign = QStringLiteral("เครื่องหมายบวกหรือลบต้องอยู่หน้าตัวเลขและมีได้ตัวเดียว");
    const QString noDigits = QStringLiteral("ไม่ได้ใส่ตัวเลข");
    struct Row {
        QString text, reason;
    };
    const Row rows[] = {
        {"", noDigits},
        {"   ", noDigits},
        {"-", QStringLiteral("ไม่มีตัวเลข")},
        {"abc", QStringLiteral("มีอักขระ \"a\" ซึ่งไม่ใช่ตัวเลข")},
        {"12a", QStringLiteral("มีอักขระ \"a\" ซึ่งไม่ใช่ตัวเลข")},
        {"1 234", QStringLiteral("มีอักขระ \" \" ซึ่งไม่ใช่ตัวเลข")},
        {"1e5", QStringLiteral("มีอักขระ \"e\" ซึ่งไม่ใช่ตัวเลข")},
        {"฿100", QStringLiteral("มีอักขระ \"฿\" ซึ่งไม่ใช่ตัวเลข")},
        {"10%", QStringLiteral("มีอักขระ \"%\" ซึ่งไม่ใช่ตัวเลข")},
        {"1.2.3", QStringLiteral("มีจุดทศนิยมมากกว่าหนึ่งจุด")},
        {"--1", sign},
        {"+-1", sign},
        {"1-", sign},
        {"12,34.5", comma},
        {",123", comma},
        {"1,23", comma},
        {"1234,567", comma},
        {"1,,234", comma},
        {"1,234,", comma},
        {"1.234,5", comma},
        {"1.", QStringLiteral("ต้องมีตัวเลขหลังจุดทศนิยม")},
        {".5", QStringLiteral("ต้องมีตัวเลขหน้าจุดทศนิยม เช่น 0.50")},
        {"1.005", QStringLiteral("ใส่ทศนิยมได้ไม่เกิน 2 ตำแหน่ง (สตางค์)")},
        {"0.125", QStringLiteral("ใส่ทศนิยมได้ไม่เกิน 2 ตำแหน่ง (สตางค์)")},
    };
    for (const Row& row : rows) {
        INFO(row.text.toStdString());
        CHECK(parseFailure(row.text) == bad.arg(row.text, row.reason));
    }
    // The example from the issue, word for word.
    CHECK(parseFailure(QStringLiteral("12,34.5")) ==
          QStringLiteral("money.parse|จำนวนเงิน \"12,34.5\" ไม่ถูกต้อง: "
                         "ใส่จุลภาคคั่นหลักพันผิดตำแหน่ง"));
}

TEST_CASE("parseMoney rejects amounts beyond the qint64 satang range", "[parse][overflow]") {
    const QString tooLarge = QStringLiteral(
        "money.overflow|จำนวนเงิน \"%1\" ใหญ่เกินกว่าที่โปรแกรมรองรับ "
        "(ไม่เกิน 92,233,720,368,547,758.07 บาท)");
    for (const char* text : {"92,233,720,368,547,758.08", "-92,233,720,368,547,758.09",
                             "92233720368547758.08", "1000000000000000000000000000000"}) {
        INFO(text);
        CHECK(parseFailure(QString::fromLatin1(text)) == tooLarge.arg(QLatin1String(text)));
    }
}

TEST_CASE("formatMoney and parseMoney round-trip", "[format][parse]") {
    std::vector<qint64> values{0, 1, -1, 99, 100, -100, 99999, 100000, 123456789, kMax, kMin};
    std::mt19937_64 random(7);  // fixed seed
    std::uniform_int_distribution<qint64> any(kMin, kMax);
    std::uniform_int_distribution<qint64> everyday(-100'000'000, 100'000'000);
    for (int i = 0; i < 500; ++i) {
        values.push_back(any(random));
        values.push_back(everyday(random));
    }
    for (qint64 value : values) {
        INFO(value);
        const Money m = satang(value);
        CHECK(parseMoney(formatMoney(m)) == m);
        CHECK(parseMoney(formatMoney(m, {.thousands = false})) == m);
    }
}

TEST_CASE("parseDecimal keeps every decimal exactly", "[parse][ratio]") {
    CHECK(parseDecimal(u"1.25") == Ratio(5, 4));
    CHECK(parseDecimal(u"0.0833") == Ratio(833, 10000));
    CHECK(parseDecimal(u"1,234.567") == Ratio(1234567, 1000));
    CHECK(parseDecimal(u"-3") == Ratio(-3));
    CHECK(parseDecimal(u"๐.๕") == Ratio(1, 2));
    CHECK(parseDecimal(u"0.00000000000000000000000000001") ==
          Ratio(BigInt(1), BigInt("100000000000000000000000000000")));
    for (const char16_t* text : {u"", u"abc", u"1.2.3", u"--1", u"12,34.5", u"1.", u".5"}) {
        INFO(QString::fromUtf16(text).toStdString());
        CHECK(moneyErrorCode([&] { return parseDecimal(text); }) == "money.parse");
    }
    try {
        parseDecimal(u"1,2");
    } catch (const MoneyError& e) {
        CHECK(e.message() == QStringLiteral("ตัวเลข \"1,2\" ไม่ถูกต้อง: ใส่จุลภาคคั่นหลักพันผิดตำแหน่ง"));
    }
}

TEST_CASE("BAHTTEXT input: a decimal rounded half-up to the satang", "[parse][rounding]") {
    const auto toSatang = [](const char16_t* text) {
        return roundToSatang(parseDecimal(text) * Ratio(100), RoundingMode::HalfUp);
    };
    CHECK(toSatang(u"1234.565") == satang(123457));
    CHECK(toSatang(u"1234.5649") == satang(123456));
    CHECK(toSatang(u"-0.005") == satang(-1));
    CHECK(toSatang(u"21") == baht(21));
}

TEST_CASE("formatDecimal", "[format][ratio]") {
    CHECK(formatDecimal(Ratio(1, 80), 4) == QStringLiteral("0.0125"));
    CHECK(formatDecimal(Ratio(1, 3), 2) == QStringLiteral("0.33"));
    CHECK(formatDecimal(Ratio(2, 3), 0) == QStringLiteral("1"));
    CHECK(formatDecimal(Ratio(-1, 8), 2, RoundingMode::HalfEven) == QStringLiteral("-0.12"));
    CHECK(formatDecimal(Ratio(-1, 8), 2) == QStringLiteral("-0.13"));
    CHECK(formatDecimal(Ratio(-1, 1000), 2) == QStringLiteral("0.00"));  // no "-0.00"
    CHECK(formatDecimal(Ratio(1234567), 2) == QStringLiteral("1,234,567.00"));
    CHECK(formatDecimal(Ratio(1234567), 2, RoundingMode::HalfUp, {.thousands = false}) ==
          QStringLiteral("1234567.00"));
    CHECK(parseDecimal(formatDecimal(Ratio(833, 10000), 4)) == Ratio(833, 10000));
}
