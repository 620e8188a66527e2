#pragma once

#include "thai/TextCodecErrors.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace thanrak {

// Windows-874, the code page Excel on Thai Windows writes CSV in: TIS-620 plus a few
// punctuation marks. Qt 6.4's QStringDecoder has no such codec, hence this table.

// Throws TextDecodingError ("text.windows874") at the first byte the code page does
// not define; `baseOffset` is added to the offset reported.
QString decodeWindows874(QByteArrayView bytes, qsizetype baseOffset = 0);

// Throws TextEncodingError ("text.encode") for the first character outside the code page.
QByteArray encodeWindows874(QStringView text);

}  // namespace thanrak
