#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace thanrak {

// RFC 4180 records from decoded text: fields separated by `delimiter`,
// optionally quoted with "", quotes doubled inside; CRLF or LF line ends.
// Throws thanrak::Error (code "csv.quote") naming the line of an unclosed quote.
// Blank lines are skipped, or kept as records of one empty field so that
// record i is the file's line i + 1 (as a spreadsheet numbers its rows).
enum class BlankLines { Skip, Keep };
QList<QStringList> parseCsv(const QString& text, QChar delimiter = QLatin1Char(','),
                            BlankLines blank = BlankLines::Skip);

}  // namespace thanrak
