#include "support/CatchQt.h"

#include "thai/TextDecoding.h"

using namespace Qt::StringLiterals;
using namespace thanrak;

namespace {

QByteArray bytes(std::initializer_list<int> values) {
    QByteArray out;
    for (const int v : values) out.append(static_cast<char>(v));
    return out;
}

// "กลุ่มออมทรัพย์" in Windows-874, byte by byte from the table (code point − 0x0D60):
// ก U+0E01 → A1, ล U+0E25 → C5, ุ U+0E38 → D8, ่ U+0E48 → E8, ม U+0E21 → C1,
// อ U+0E2D → CD, ท U+0E17 → B7, ร U+0E23 → C3, ั U+0E31 → D1, พ U+0E1E → BE,
// ย U+0E22 → C2, ์ U+0E4C → EC.
const QByteArray kGroup874 =
    bytes({0xA1, 0xC5, 0xD8, 0xE8, 0xC1, 0xCD, 0xCD, 0xC1, 0xB7, 0xC3, 0xD1, 0xBE, 0xC2, 0xEC});
const QString kGroup = u"กลุ่มออมทรัพย์"_s;

QByteArray utf16(const QString& text, bool bigEndian) {
    QByteArray out;
    for (const QChar c : text) {
        const auto high = static_cast<char>(c.unicode() >> 8);
        const auto low = static_cast<char>(c.unicode() & 0xFF);
        out.append(bigEndian ? high : low).append(bigEndian ? low : high);
    }
    return out;
}

qsizetype failingOffset(const QByteArray& input, std::optional<TextEncoding> forced = {}) {
    try {
        decodeText(input, forced);
    } catch (const TextDecodingError& e) {
        return e.byteOffset();
    }
    return -1;
}

}  // namespace

TEST_CASE("Windows-874 bytes built from the table decode to Thai", "[thai][encoding]") {
    CHECK(detectEncoding(kGroup874) == TextEncoding::Windows874);
    const DecodedText decoded = decodeText(kGroup874);
    CHECK(decoded.text == kGroup);
    CHECK(decoded.encoding == TextEncoding::Windows874);
    CHECK(decodeText(QByteArray("id,") + kGroup874 + "\r\n").text == u"id,"_s + kGroup + u"\r\n"_s);
}

TEST_CASE("Windows-874 punctuation and range ends", "[thai][encoding]") {
    const QByteArray input =
        bytes({0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0xA0, 0xDA, 0xDF, 0xFB});
    const QString expected = u"€…‘’“”•–—\u00A0\u0E3A\u0E3F\u0E5B"_s;
    CHECK(decodeText(input, TextEncoding::Windows874).text == expected);
}

TEST_CASE("undefined Windows-874 bytes are errors naming the offset", "[thai][encoding]") {
    for (const int undefined : {0x81, 0x84, 0x86, 0x90, 0x98, 0x9F, 0xDB, 0xDE, 0xFC, 0xFF}) {
        CAPTURE(undefined);
        CHECK(failingOffset(QByteArray("ab") + bytes({0xA1, undefined}),
                            TextEncoding::Windows874) == 3);
    }
    try {
        decodeText(kGroup874 + bytes({0xFC}));
        FAIL("no exception");
    } catch (const TextDecodingError& e) {
        CHECK(e.code() == u"text.windows874"_s);
        CHECK(e.byteOffset() == 14);
        CHECK(e.message().contains(u"0xFC"_s));
        CHECK(e.message().contains(u"14"_s));
    }
}

TEST_CASE("UTF-8 with and without BOM", "[thai][encoding]") {
    const QByteArray plain = kGroup.toUtf8();
    CHECK(detectEncoding(plain) == TextEncoding::Utf8);
    CHECK(decodeText(plain).text == kGroup);
    CHECK(decodeText(plain).encoding == TextEncoding::Utf8);

    const QByteArray withBom = bytes({0xEF, 0xBB, 0xBF}) + plain;
    CHECK(detectEncoding(withBom) == TextEncoding::Utf8Bom);
    const DecodedText decoded = decodeText(withBom);
    CHECK(decoded.text == kGroup);
    CHECK(decoded.encoding == TextEncoding::Utf8Bom);

    CHECK(detectEncoding("plain ascii") == TextEncoding::Utf8);
    CHECK(detectEncoding(QByteArray()) == TextEncoding::Utf8);
    CHECK(decodeText(QByteArray()).text.isEmpty());
}

TEST_CASE("UTF-16 with a BOM, both byte orders", "[thai][encoding]") {
    const QString text = u"สมาชิก 12 คน 😀"_s;  // the emoji checks a surrogate pair
    const QByteArray le = bytes({0xFF, 0xFE}) + utf16(text, false);
    const QByteArray be = bytes({0xFE, 0xFF}) + utf16(text, true);
    CHECK(detectEncoding(le) == TextEncoding::Utf16LE);
    CHECK(detectEncoding(be) == TextEncoding::Utf16BE);
    CHECK(decodeText(le).text == text);
    CHECK(decodeText(be).text == text);
    CHECK(decodeText(le).encoding == TextEncoding::Utf16LE);
    CHECK(decodeText(be).encoding == TextEncoding::Utf16BE);
}

TEST_CASE("malformed UTF-16 is an error at the right offset", "[thai][encoding]") {
    // Odd length: the last byte has no partner. Offsets count the BOM.
    CHECK(failingOffset(bytes({0xFF, 0xFE, 0x41, 0x00, 0x42})) == 4);
    // A lone high surrogate D800 followed by 'A'.
    CHECK(failingOffset(bytes({0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x41, 0x00})) == 4);
    // A lone low surrogate DC00.
    CHECK(failingOffset(bytes({0xFE, 0xFF, 0xDC, 0x00})) == 2);
    // A high surrogate at the very end.
    CHECK(failingOffset(bytes({0xFE, 0xFF, 0x00, 0x41, 0xD8, 0x00})) == 4);
}

TEST_CASE("invalid UTF-8 falls back to Windows-874", "[thai][encoding]") {
    // Well-formed UTF-8 Thai followed by a Windows-874 Thai letter.
    const QByteArray mixed = u"ก"_s.toUtf8() + bytes({0xA1});
    CHECK(detectEncoding(mixed) == TextEncoding::Windows874);
    // Overlong "/", an encoded surrogate and a code point above U+10FFFF are not UTF-8.
    CHECK(detectEncoding(bytes({0xC0, 0xAF})) == TextEncoding::Windows874);
    CHECK(detectEncoding(bytes({0xED, 0xA0, 0x80})) == TextEncoding::Windows874);
    CHECK(detectEncoding(bytes({0xF4, 0x90, 0x80, 0x80})) == TextEncoding::Windows874);
    // A sequence cut short at the end of the file.
    CHECK(detectEncoding(bytes({0x41, 0xE0, 0xB8})) == TextEncoding::Windows874);
}

TEST_CASE("forcing UTF-8 on bad bytes names the offset", "[thai][encoding]") {
    CHECK(failingOffset(QByteArray("ab") + bytes({0xA1, 0x41}), TextEncoding::Utf8) == 2);
    // Offsets count the BOM, so they match the file on disk.
    CHECK(failingOffset(bytes({0xEF, 0xBB, 0xBF, 0x41, 0xFF}), TextEncoding::Utf8) == 4);
    try {
        decodeText(bytes({0x41, 0xC3, 0x28}), TextEncoding::Utf8);
        FAIL("no exception");
    } catch (const TextDecodingError& e) {
        CHECK(e.code() == u"text.utf8"_s);
        CHECK(e.byteOffset() == 1);
    }
}

TEST_CASE("forced encodings strip only their own BOM", "[thai][encoding]") {
    const QByteArray withBom = bytes({0xEF, 0xBB, 0xBF}) + "a";
    CHECK(decodeText(withBom, TextEncoding::Utf8).text == u"a"_s);
    CHECK(decodeText(withBom, TextEncoding::Utf8).encoding == TextEncoding::Utf8Bom);
    CHECK(decodeText(QByteArray("a"), TextEncoding::Utf8Bom).encoding == TextEncoding::Utf8);
    // In Windows-874 the same three bytes are the Thai characters ๏ ป ฟ.
    CHECK(decodeText(withBom, TextEncoding::Windows874).text == u"\u0E4F\u0E1B\u0E1Fa"_s);
    CHECK(decodeText(utf16(u"ก"_s, false), TextEncoding::Utf16LE).text == u"ก"_s);
}

TEST_CASE("encodeWindows874 round trip", "[thai][encoding]") {
    CHECK(encodeWindows874(kGroup) == kGroup874);
    const QString text = u"สมาชิก, €1,234.50 “ออม” – ๒๕๖๗\u00A0฿\r\n"_s;
    CHECK(decodeText(encodeWindows874(text), TextEncoding::Windows874).text == text);
    // Every defined byte survives decode → encode.
    for (int byte = 0; byte < 256; ++byte) {
        const QByteArray one = bytes({byte});
        try {
            const QString decoded = decodeText(one, TextEncoding::Windows874).text;
            CAPTURE(byte);
            CHECK(encodeWindows874(decoded) == one);
        } catch (const TextDecodingError&) {
            // undefined byte: covered by its own test
        }
    }
}

TEST_CASE("encodeWindows874 refuses characters outside the code page", "[thai][encoding]") {
    CHECK_THROWS_AS(encodeWindows874(u"café"), TextEncodingError);
    try {
        encodeWindows874(u"กข😀");
        FAIL("no exception");
    } catch (const TextEncodingError& e) {
        CHECK(e.code() == u"text.encode"_s);
        CHECK(e.message().contains(u"U+1F600"_s));
        CHECK(e.message().contains(u"😀"_s));
    }
}

TEST_CASE("encodingName", "[thai][encoding]") {
    CHECK(encodingName(TextEncoding::Utf8) == u"UTF-8"_s);
    CHECK(encodingName(TextEncoding::Utf8Bom) == u"UTF-8 (BOM)"_s);
    CHECK(encodingName(TextEncoding::Utf16LE) == u"UTF-16 LE"_s);
    CHECK(encodingName(TextEncoding::Utf16BE) == u"UTF-16 BE"_s);
    CHECK(encodingName(TextEncoding::Windows874) == u"Windows-874"_s);
}
