#pragma once

#include "thai/TextDecoding.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace thanrak {

// How to read a spreadsheet saved as CSV or text: the encoding (detected when
// not given), the delimiter (guessed when not given) and which row holds the
// column names (1-based, as the spreadsheet counts).
struct SheetOptions {
    std::optional<TextEncoding> encoding;
    std::optional<QChar> delimiter;
    int headerRow = 1;
};

// The file read: its column names and data rows. A data row's spreadsheet row
// number is firstDataRow + its index.
struct Sheet {
    TextEncoding encoding = TextEncoding::Utf8;
    QChar delimiter = QLatin1Char(',');
    QStringList header;
    QList<QStringList> rows;
    int firstDataRow = 2;

    int rowNumber(int index) const { return firstDataRow + index; }
};

// Comma, semicolon or tab: the one that splits the first lines most evenly.
QChar guessDelimiter(const QString& text);

// Throws thanrak::Error (Thai) for bytes that are not text in the encoding,
// an unclosed quote, or a header row past the end of the file.
Sheet readSheet(const QByteArray& bytes, const SheetOptions& options = {});

}  // namespace thanrak
