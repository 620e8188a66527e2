#pragma once

#include "base/Error.h"

#include <QtGlobal>

namespace thanrak {

// Bytes that are not valid in the encoding being read. `byteOffset` counts from the
// first byte of the file (BOM included, 0-based), so it matches a hex editor.
// Codes: "text.utf8", "text.utf16", "text.windows874".
class TextDecodingError : public Error {
public:
    TextDecodingError(QString code, QString message, qsizetype byteOffset)
        : Error(std::move(code), std::move(message)), byteOffset_(byteOffset) {}

    qsizetype byteOffset() const noexcept { return byteOffset_; }

private:
    qsizetype byteOffset_;
};

// Text that cannot be written in the requested encoding. Code: "text.encode".
class TextEncodingError : public Error {
public:
    using Error::Error;
};

}  // namespace thanrak
