#include "thai/Windows874.h"

#include <QCoreApplication>

#include <array>

namespace thanrak {

namespace {

// Thai letters keep their TIS-620 order in Unicode, shifted by a fixed distance.
constexpr char16_t kThaiShift = 0x0D60;

// Unicode for bytes 0x80–0xFF; 0 marks a byte the code page leaves undefined.
constexpr std::array<char16_t, 128> makeHighHalf() {
    std::array<char16_t, 128> table{};
    table[0x80 - 0x80] = u'\u20AC';  // €
    table[0x85 - 0x80] = u'\u2026';  // …
    table[0x91 - 0x80] = u'\u2018';
    table[0x92 - 0x80] = u'\u2019';
    table[0x93 - 0x80] = u'\u201C';
    table[0x94 - 0x80] = u'\u201D';
    table[0x95 - 0x80] = u'\u2022';  // •
    table[0x96 - 0x80] = u'\u2013';  // –
    table[0x97 - 0x80] = u'\u2014';  // —
    table[0xA0 - 0x80] = u'\u00A0';  // no-break space
    for (int byte = 0xA1; byte <= 0xDA; ++byte)
        table[static_cast<std::size_t>(byte - 0x80)] = static_cast<char16_t>(byte + kThaiShift);
    for (int byte = 0xDF; byte <= 0xFB; ++byte)
        table[static_cast<std::size_t>(byte - 0x80)] = static_cast<char16_t>(byte + kThaiShift);
    return table;
}

constexpr std::array<char16_t, 128> kHighHalf = makeHighHalf();

// 0 when `c` has no byte in the code page; NUL itself is ASCII and handled before.
char encodeChar(char16_t c) {
    if (c < 0x80)
        return static_cast<char>(c);
    for (std::size_t i = 0; i < kHighHalf.size(); ++i) {
        if (kHighHalf[i] == c)
            return static_cast<char>(0x80 + i);
    }
    return 0;
}

[[noreturn]] void throwUnencodable(QStringView text, qsizetype index) {
    const uint codePoint = text.mid(index, 2).toUcs4().value(0);
    const QStringView shown = text.mid(index, QChar::requiresSurrogates(codePoint) ? 2 : 1);
    throw TextEncodingError(
        QStringLiteral("text.encode"),
        QCoreApplication::translate(
            "TextDecoding", "อักขระ \"%1\" (U+%2) ที่ตำแหน่งที่ %3 ไม่มีในรหัสอักขระ Windows-874 (ภาษาไทย)")
            .arg(shown.toString(),
                 QStringLiteral("%1").arg(codePoint, 4, 16, QLatin1Char('0')).toUpper(),
                 QString::number(index + 1)));
}

}  // namespace

QString decodeWindows874(QByteArrayView bytes, qsizetype baseOffset) {
    QString text(bytes.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto byte = static_cast<uchar>(bytes[i]);
        const char16_t c = byte < 0x80 ? static_cast<char16_t>(byte) : kHighHalf[byte - 0x80u];
        if (byte >= 0x80 && c == 0)
            throw TextDecodingError(
                QStringLiteral("text.windows874"),
                QCoreApplication::translate("TextDecoding",
                                            "ไบต์ 0x%1 ที่ตำแหน่ง %2 (นับจาก 0) ไม่มีในรหัสอักขระ "
                                            "Windows-874 (ภาษาไทย) ไฟล์นี้อาจใช้รหัสอักขระอื่น")
                    .arg(QStringLiteral("%1").arg(byte, 2, 16, QLatin1Char('0')).toUpper(),
                         QString::number(baseOffset + i)),
                baseOffset + i);
        text[i] = QChar(c);
    }
    return text;
}

QByteArray encodeWindows874(QStringView text) {
    QByteArray bytes(text.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        const char byte = encodeChar(c);
        if (byte == 0 && c != 0)
            throwUnencodable(text, i);
        bytes[i] = byte;
    }
    return bytes;
}

}  // namespace thanrak
