#pragma once

#include "thai/TextCodecErrors.h"
#include "thai/Windows874.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace thanrak {

// Text files arrive from Thai Excel in several encodings (DOMAIN.md §6): UTF-8 with
// a BOM, UTF-16 "Unicode text" with a BOM, or Windows-874 with no marker at all.
enum class TextEncoding { Utf8, Utf8Bom, Utf16LE, Utf16BE, Windows874 };

struct DecodedText {
    QString text;           // without the BOM
    TextEncoding encoding;  // the encoding the bytes were read as
};

// A BOM decides; without one, bytes that are well-formed UTF-8 (plain ASCII included)
// are UTF-8 and anything else is Windows-874. Thai text in Windows-874 is practically
// never well-formed UTF-8, so the guess is safe in that direction.
TextEncoding detectEncoding(const QByteArray& bytes);

// Decodes by `forced` when given, else by detectEncoding(). A BOM that matches the
// encoding is stripped; when forcing UTF-8 the result reports Utf8Bom or Utf8
// according to whether a BOM was there. Malformed input throws TextDecodingError
// naming the byte offset; nothing is replaced silently.
DecodedText decodeText(const QByteArray& bytes, std::optional<TextEncoding> forced = {});

// A name for messages and settings: "UTF-8", "UTF-8 (BOM)", "UTF-16 LE", "UTF-16 BE",
// "Windows-874".
QString encodingName(TextEncoding encoding);

}  // namespace thanrak
