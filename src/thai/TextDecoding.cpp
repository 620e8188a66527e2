#include "thai/TextDecoding.h"

#include "thai/UnicodeBytes.h"

#include <QByteArrayView>

namespace thanrak {

namespace {

constexpr QByteArrayView kUtf8Bom("\xEF\xBB\xBF");
constexpr QByteArrayView kUtf16LEBom("\xFF\xFE");
constexpr QByteArrayView kUtf16BEBom("\xFE\xFF");

// The bytes after `bom` when they start with it; the offset keeps error positions
// counted from the start of the file.
struct Payload {
    QByteArrayView bytes;
    qsizetype offset = 0;
};

Payload skipBom(const QByteArray& bytes, QByteArrayView bom) {
    if (bytes.startsWith(bom))
        return {QByteArrayView(bytes).sliced(bom.size()), bom.size()};
    return {QByteArrayView(bytes), 0};
}

DecodedText decodeUtf8(const QByteArray& bytes) {
    const Payload p = skipBom(bytes, kUtf8Bom);
    const TextEncoding used = p.offset > 0 ? TextEncoding::Utf8Bom : TextEncoding::Utf8;
    return {decodeUtf8Strict(p.bytes, p.offset), used};
}

DecodedText decodeUtf16(const QByteArray& bytes, bool bigEndian) {
    const Payload p = skipBom(bytes, bigEndian ? kUtf16BEBom : kUtf16LEBom);
    return {decodeUtf16Strict(p.bytes, bigEndian, p.offset),
            bigEndian ? TextEncoding::Utf16BE : TextEncoding::Utf16LE};
}

}  // namespace

TextEncoding detectEncoding(const QByteArray& bytes) {
    if (bytes.startsWith(kUtf8Bom))
        return TextEncoding::Utf8Bom;
    if (bytes.startsWith(kUtf16LEBom))
        return TextEncoding::Utf16LE;
    if (bytes.startsWith(kUtf16BEBom))
        return TextEncoding::Utf16BE;
    return invalidUtf8Offset(bytes) < 0 ? TextEncoding::Utf8 : TextEncoding::Windows874;
}

DecodedText decodeText(const QByteArray& bytes, std::optional<TextEncoding> forced) {
    switch (forced ? *forced : detectEncoding(bytes)) {
        case TextEncoding::Utf8:
        case TextEncoding::Utf8Bom:
            return decodeUtf8(bytes);
        case TextEncoding::Utf16LE:
            return decodeUtf16(bytes, false);
        case TextEncoding::Utf16BE:
            return decodeUtf16(bytes, true);
        case TextEncoding::Windows874:
            return {decodeWindows874(bytes), TextEncoding::Windows874};
    }
    return {};
}

QString encodingName(TextEncoding encoding) {
    switch (encoding) {
        case TextEncoding::Utf8:
            return QStringLiteral("UTF-8");
        case TextEncoding::Utf8Bom:
            return QStringLiteral("UTF-8 (BOM)");
        case TextEncoding::Utf16LE:
            return QStringLiteral("UTF-16 LE");
        case TextEncoding::Utf16BE:
            return QStringLiteral("UTF-16 BE");
        case TextEncoding::Windows874:
            return QStringLiteral("Windows-874");
    }
    return {};
}

}  // namespace thanrak
