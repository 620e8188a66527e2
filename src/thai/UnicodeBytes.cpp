#include "thai/UnicodeBytes.h"

#include "thai/TextCodecErrors.h"

#include <QCoreApplication>

namespace thanrak {

namespace {

// Length of the well-formed sequence starting at `i`, or 0. Only the second byte has
// a narrower range than 0x80–0xBF, depending on the lead byte (RFC 3629 §4).
int utf8SequenceLength(QByteArrayView b, qsizetype i) {
    const auto lead = static_cast<uchar>(b[i]);
    if (lead < 0x80)
        return 1;
    int length = 0;
    uchar low = 0x80;
    uchar high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : low;    // overlong
        high = lead == 0xED ? 0x9F : high;  // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : low;    // overlong
        high = lead == 0xF4 ? 0x8F : high;  // above U+10FFFF
    } else {
        return 0;
    }
    if (i + length > b.size())
        return 0;
    for (int k = 1; k < length; ++k) {
        const auto c = static_cast<uchar>(b[i + k]);
        if (c < (k == 1 ? low : 0x80) || c > (k == 1 ? high : 0xBF))
            return 0;
    }
    return length;
}

[[noreturn]] void throwUtf16Error(qsizetype offset) {
    throw TextDecodingError(
        QStringLiteral("text.utf16"),
        QCoreApplication::translate("TextDecoding", "ข้อมูล UTF-16 ผิดรูปแบบที่ไบต์ตำแหน่ง %1 (นับจาก 0)")
            .arg(offset),
        offset);
}

char16_t unitAt(QByteArrayView bytes, qsizetype unit, bool bigEndian) {
    const auto first = static_cast<uchar>(bytes[2 * unit]);
    const auto second = static_cast<uchar>(bytes[2 * unit + 1]);
    return static_cast<char16_t>(bigEndian ? (first << 8) | second : (second << 8) | first);
}

}  // namespace

qsizetype invalidUtf8Offset(QByteArrayView bytes) {
    for (qsizetype i = 0; i < bytes.size();) {
        const int length = utf8SequenceLength(bytes, i);
        if (length == 0)
            return i;
        i += length;
    }
    return -1;
}

QString decodeUtf8Strict(QByteArrayView bytes, qsizetype baseOffset) {
    const qsizetype bad = invalidUtf8Offset(bytes);
    if (bad >= 0)
        throw TextDecodingError(
            QStringLiteral("text.utf8"),
            QCoreApplication::translate("TextDecoding",
                                        "ข้อมูล UTF-8 ผิดรูปแบบ: ไบต์ 0x%1 ที่ตำแหน่ง %2 (นับจาก 0)")
                .arg(QStringLiteral("%1")
                         .arg(static_cast<uchar>(bytes[bad]), 2, 16, QLatin1Char('0'))
                         .toUpper(),
                     QString::number(baseOffset + bad)),
            baseOffset + bad);
    return QString::fromUtf8(bytes);
}

QString decodeUtf16Strict(QByteArrayView bytes, bool bigEndian, qsizetype baseOffset) {
    if (bytes.size() % 2 != 0)
        throwUtf16Error(baseOffset + bytes.size() - 1);
    const qsizetype units = bytes.size() / 2;
    QString text(units, Qt::Uninitialized);
    for (qsizetype u = 0; u < units; ++u) {
        const char16_t c = unitAt(bytes, u, bigEndian);
        // A high surrogate must be followed by a low one; a low one never stands alone.
        const bool pairedHigh = QChar::isHighSurrogate(c) && u + 1 < units &&
                                QChar::isLowSurrogate(unitAt(bytes, u + 1, bigEndian));
        const bool pairedLow = QChar::isLowSurrogate(c) && u > 0 &&
                               QChar::isHighSurrogate(unitAt(bytes, u - 1, bigEndian));
        if (QChar::isSurrogate(c) && !pairedHigh && !pairedLow)
            throwUtf16Error(baseOffset + 2 * u);
        text[u] = QChar(c);
    }
    return text;
}

}  // namespace thanrak
