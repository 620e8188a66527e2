#pragma once

#include "report/ReportDocument.h"

#include <QByteArray>

namespace thanrak {

// The report as a CSV file Excel opens with Thai intact: UTF-8 with a BOM,
// CRLF line ends, RFC 4180 quoting. The header lines come first, then each
// table (its caption, column titles, rows) and each fact as "label,value",
// with a blank line between blocks. Amounts are plain decimals and dates ISO,
// so the spreadsheet can add them up; digits are always 0–9.
QByteArray reportCsv(const ReportDocument& document);

// One field quoted when it needs to be (comma, quote, CR or LF inside).
QString csvField(const QString& value);

}  // namespace thanrak
