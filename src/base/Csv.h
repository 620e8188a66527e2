#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace thanrak {

// RFC 4180 records from decoded text: fields separated by `delimiter`,
// optionally quoted with "", quotes doubled inside; CRLF or LF line ends.
// Throws thanrak::Error (code "csv.quote") naming the line of an unclosed quote.
QList<QStringList> parseCsv(const QString& text, QChar delimiter = QLatin1Char(','));

}  // namespace thanrak
