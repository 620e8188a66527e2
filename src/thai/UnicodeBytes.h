#pragma once

#include <QByteArrayView>
#include <QString>

namespace thanrak {

// Strict UTF-8 and UTF-16 readers that say where the input goes wrong. Qt's decoders
// replace bad bytes with U+FFFD silently, which would corrupt names on import.

// Offset of the first byte that does not start a well-formed UTF-8 sequence
// (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF), or -1.
qsizetype invalidUtf8Offset(QByteArrayView bytes);

// Throw TextDecodingError ("text.utf8" / "text.utf16"); `baseOffset` is added to the
// offset reported, so it can count from the start of the file rather than after a BOM.
QString decodeUtf8Strict(QByteArrayView bytes, qsizetype baseOffset = 0);
QString decodeUtf16Strict(QByteArrayView bytes, bool bigEndian, qsizetype baseOffset = 0);

}  // namespace thanrak
